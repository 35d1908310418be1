#!/usr/bin/env bash
# Creates the project-local dbt virtualenvs that the end-to-end and differential tests run.
# Idempotent: a virtualenv whose pins already match is left alone.
set -euo pipefail
shopt -s extglob
cd "$(dirname "$0")/.."

# name|packages: the newest dbt-core, and an older minor whose behaviour flags differ.
VERSIONS=(
  "dbt-1.12|dbt-core==1.12.6 dbt-postgres==1.11.0"

)
PYTHON=${PYTHON:-python3}
# dbt-core 1.12 requires dbt-core-experimental-parser, an sdist whose build downloads a binary from GitHub
# releases. dbt only runs that binary with --use-v2-parser, so the pinned packages are installed without their
# dependency resolution and their other requirements are installed explicitly.
SKIPPED_REQUIREMENT=dbt-core-experimental-parser

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
  pip=("$venv/bin/pip" install --quiet --disable-pip-version-check)
  # shellcheck disable=SC2086
  "${pip[@]}" --no-deps $pins
  # shellcheck disable=SC2086
  "$venv/bin/python" - "$SKIPPED_REQUIREMENT" ${pins//==*([^ ])/} > "$venv/requirements.txt" <<'PY'
import re
import sys
from importlib.metadata import requires

skipped, *pinned = sys.argv[1:]
for dist in pinned:
    for requirement in requires(dist) or []:
        name = re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0].lower()
        if "extra ==" in requirement or name == skipped or name in pinned:
            continue
        print(requirement)
PY
  "${pip[@]}" -r "$venv/requirements.txt"
  "$venv/bin/dbt" --version >/dev/null
  echo "$pins" > "$venv/.pins"
done
