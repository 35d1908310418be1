{% macro cents(column) %}({{ column }} * 100)::integer{% endmacro %}
