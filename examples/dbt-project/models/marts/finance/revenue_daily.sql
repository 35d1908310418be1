{{ config(meta={'refresh': env_var('SHOP_REVENUE_REFRESH', 'daily')}) }}

select
    ordered_at::date as order_date,
    count(*) as orders,
    sum(amount) as revenue
from {{ ref('fct_orders') }}
where status in {{ sql_list(revenue_statuses()) }}
group by 1
