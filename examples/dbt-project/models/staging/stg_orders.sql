-- depends_on: {{ ref('raw_orders') }}
select
    order_id,
    customer_id,
    product_id,
    status,
    ordered_at::timestamp as ordered_at
from {{ source('shop_raw', 'orders') }}
