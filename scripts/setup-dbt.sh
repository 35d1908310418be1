#!/usr/bin/env bash
# Creates the project-local dbt virtualenvs that the end-to-end and differential tests run.
# Idempotent: a virtualenv whose pins already match is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

# name|packages: the newest dbt-core, and an older minor whose behaviour flags differ.
VERSIONS=(
  "dbt-1.12|dbt-core==1.12.6 dbt-postgres==1.11.0"
  "dbt-1.10|dbt-core==1.10.23 dbt-postgres==1.10.2"
)
PYTHON=${PYTHON:-python3}

for entry in "${VERSIONS[@]}"; do
  name=${entry%%|*}
  pins=${entry#*|}
  venv=".venv/$name"
  if [ -x "$venv/bin/dbt" ] && [ "$(cat "$venv/.pins" 2>/dev/null)" = "$pins" ]; then
    continue
  fi
  echo "Creating $venv ($pins)"
  rm -rf "$venv"
  "$PYTHON" -m venv "$venv"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install --quiet --disable-pip-version-check $pins
  "$venv/bin/dbt" --version >/dev/null
  echo "$pins" > "$venv/.pins"
done
