select
    product_id,
    product_name,
    {{ cents_to_dollars('price_cents') }} as price,
    category
from {{ ref('raw_products') }}
