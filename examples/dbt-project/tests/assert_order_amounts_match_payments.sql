-- An order's amount is the sum of its payments.
select o.order_id
from {{ ref('fct_orders') }} as o
left join {{ ref('stg_payments') }} as p on p.order_id = o.order_id
group by o.order_id, o.amount
having o.amount <> coalesce(sum(p.amount), 0)
