{# Orders in these statuses count towards revenue. #}
{% macro revenue_statuses() -%}
    {{ return(['completed', 'shipped']) }}
{%- endmacro %}

{% macro sql_list(values) -%}
    ({% for value in values %}'{{ value }}'{% if not loop.last %}, {% endif %}{% endfor %})
{%- endmacro %}
