select
    date_trunc('week', order_date)::date as week_start,
    sum(orders) as orders,
    sum(revenue) as revenue
from {{ ref('revenue_daily') }}
group by 1
