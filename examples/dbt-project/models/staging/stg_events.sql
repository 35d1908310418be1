-- depends_on: {{ ref('raw_events') }}
select
    event_id,
    customer_id,
    session_id,
    event_type,
    page,
    occurred_at
from {{ source('shop_raw', 'events') }}
