#!/usr/bin/env bash
# The project's one test command (`npm test`): static checks, a fresh-build check of dist/, then every Jest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-dbt.sh
npm run --silent typecheck
npm run --silent lint
npm run --silent check-dist
npm run --silent jest -- --ci "$@"
