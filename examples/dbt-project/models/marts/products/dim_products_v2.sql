select
    product_id::integer as product_id,
    product_name::text as product_name,
    price::numeric(10, 2) as price,
    category::text as category
from {{ ref('stg_products') }}
