{{ config(materialized='table') }}

select
    order_id,
    customer_id,
    {{ cents('amount') }} as amount_cents,
    ordered_at
from {{ ref('stg_orders') }}
