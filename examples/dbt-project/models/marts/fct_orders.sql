{{
    config(
        materialized='incremental',
        unique_key='order_id',
        on_schema_change='append_new_columns',
        post_hook="analyze {{ this }}"
    )
}}

select
    o.order_id,
    o.customer_id,
    o.product_id,
    o.status,
    o.ordered_at,
    coalesce(p.amount, 0) as amount,
    coalesce(p.payment_count, 0) as payment_count,
    coalesce(p.amount, 0) >= {{ var('large_order_dollars') }} as is_large
from {{ ref('stg_orders') }} as o
left join {{ ref('int_order_payments') }} as p on p.order_id = o.order_id
{% if is_incremental() %}
where o.ordered_at > (select max(ordered_at) from {{ this }})
{% endif %}
