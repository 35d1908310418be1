-- depends_on: {{ ref('raw_events') }}
{#- Production keeps the clickstream as a table; other targets build a cheap view. -#}
{{ config(materialized=('table' if target.name == 'prod' else 'view')) }}

select
    event_id,
    customer_id,
    session_id,
    event_type,
    page,
    occurred_at
from {{ source('shop_raw', 'events') }}
