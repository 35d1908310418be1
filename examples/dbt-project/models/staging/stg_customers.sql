select
    customer_id,
    first_name,
    lower(email) as email,
    segment,
    signed_up_at::date as signed_up_on
from {{ ref('raw_customers') }}
