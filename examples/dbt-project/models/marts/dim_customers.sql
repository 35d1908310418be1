with customer_orders as (
    select
        customer_id,
        min(ordered_at) as first_order_at,
        sum(amount) filter (where status in {{ sql_list(revenue_statuses()) }}) as lifetime_value
    from {{ ref('fct_orders') }}
    group by customer_id
)

select
    c.customer_id::integer as customer_id,
    c.email::varchar(255) as email,
    c.segment::text as segment,
    o.first_order_at::timestamp as first_order_at,
    coalesce(o.lifetime_value, 0)::numeric(12, 2) as lifetime_value
from {{ ref('stg_customers') }} as c
left join customer_orders as o on o.customer_id = c.customer_id
