select
    segment,
    count(*) as customers,
    sum(lifetime_value) as lifetime_value,
    case
        when sum(lifetime_value) >= {{ var('large_order_dollars') }} * 5 then 'key'
        else 'growing'
    end as tier
from {{ ref('dim_customers') }}
group by segment
