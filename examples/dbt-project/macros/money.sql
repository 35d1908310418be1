{# Money is stored in cents in the raw data and reported in dollars. #}
{% macro cents_to_dollars(column_name) -%}
    {{ round_money(column_name ~ ' / 100.0') }}
{%- endmacro %}

{% macro round_money(expression, scale=2) -%}
    round(({{ expression }})::numeric, {{ scale }})
{%- endmacro %}
