#!/usr/bin/env bash
# `npm test`: type-check, lint, migration drift check, vitest (unit + database tests on SQLite
# and Postgres), then Playwright end-to-end tests against a production build in Debian's Chromium —
# the whole suite on local-directory storage, and the job suite again on a real S3-compatible server.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$*"; }

step "type-check";          npx tsc --noEmit
step "lint";                npx eslint . --max-warnings 0
step "format";              npx prettier --check . --log-level warn
step "migrations";          node scripts/check-migrations.mjs
step "render worker";       npm run build:workers   # the job and Inngest tests fork dist/render-child.mjs
step "vitest";              npx vitest run
step "build";               npm run build
step "end-to-end (fs)";     npx playwright test
step "end-to-end (S3)";     E2E_STORAGE_DRIVER=s3 npx playwright test e2e/jobs.spec.ts e2e/inngest.spec.ts
