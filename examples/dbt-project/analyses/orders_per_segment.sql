select c.segment, count(*) as orders
from {{ ref('fct_orders') }} as o
join {{ ref('stg_customers') }} as c on c.customer_id = o.customer_id
group by 1
