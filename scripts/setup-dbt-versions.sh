#!/usr/bin/env bash
# Creates the older dbt minors that the version matrix (`npm run test:versions`) runs against, next to the
# virtualenvs of scripts/setup-dbt.sh. Opt-in: the default test suite reads their committed oracle results.
# Usage: bash scripts/setup-dbt-versions.sh [name...]   (default: every entry below)
# Idempotent: a virtualenv whose requested pins already match is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

# name|python|packages. Old minors need the Pythons they were released for (this machine's pyenv has them).
VERSIONS=(
  "dbt-1.3|3.10|dbt-core==1.3.7 dbt-postgres==1.3.7"
  "dbt-1.5|3.10|dbt-core==1.5.11 dbt-postgres==1.5.11"
  "dbt-1.7|3.11|dbt-core==1.7.19 dbt-postgres==1.7.19"
  "dbt-1.9|3.11|dbt-core==1.9.11 dbt-postgres==1.9.1"
  "dbt-1.11|3.11|dbt-core==1.11.16 dbt-postgres==1.10.2"
)

python_for() {
  local wanted=$1 found
  found=$(ls -d /root/.pyenv/versions/"$wanted".* 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$found" ] && [ -x "$found/bin/python3" ]; then echo "$found/bin/python3"; return; fi
  if command -v "python$wanted" >/dev/null; then command -v "python$wanted"; return; fi
  echo "Python $wanted is needed (pyenv install $wanted, or put python$wanted on PATH)" >&2
  return 1
}

for entry in "${VERSIONS[@]}"; do
  IFS='|' read -r name python pins <<<"$entry"
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  venv=".venv/$name"
  if [ -x "$venv/bin/dbt" ] && [ "$(cat "$venv/.pins" 2>/dev/null)" = "$pins" ]; then
    continue
  fi
  echo "Creating $venv ($pins, Python $python)"
  rm -rf "$venv"
  "$(python_for "$python")" -m venv "$venv"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install --quiet --disable-pip-version-check $pins
  "$venv/bin/dbt" --version >/dev/null
  echo "$pins" > "$venv/.pins"
done
