#!/usr/bin/env bash
# `npm test`: type-check, lint, migration drift check, vitest (unit + database tests on SQLite
# and Postgres), then Playwright end-to-end tests against a production build in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$*"; }

step "type-check";        npx tsc --noEmit
step "lint";              npx eslint . --max-warnings 0
step "migrations";        node scripts/check-migrations.mjs
step "vitest";            npx vitest run
step "build";             npm run build
step "end-to-end";        npx playwright test
