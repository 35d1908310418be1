{#-
  The product's schema naming contract: every relation lives in the target schema or in
  `<target schema>_<custom schema>`, so pointing DBT_SLIM_CI_SCHEMA at a PR or green schema moves the whole
  project. Unlike dbt's default, the custom name is trimmed and lower-cased so `+schema: Finance` and
  `+schema: finance` land in the same place.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ target.schema }}_{{ custom_schema_name | trim | lower }}
    {%- endif -%}
{%- endmacro %}
