{% snapshot customers_snapshot %}
{{
    config(
        unique_key='customer_id',
        strategy='check',
        check_cols=['email', 'segment']
    )
}}
select * from {{ ref('stg_customers') }}
{% endsnapshot %}
