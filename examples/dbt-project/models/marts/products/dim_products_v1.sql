select
    product_id::integer as product_id,
    product_name::text as product_name,
    price::numeric(10, 2) as price
from {{ ref('stg_products') }}
