#!/usr/bin/env bash
# Fails when the schema in server/db/schema and the committed migrations disagree:
# drizzle-kit generates into a copy, and any new migration there means one is missing here.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d .tmp-migrations-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r server/db/migrations "$work/migrations"
before=$(ls "$work/migrations"/*.sql | wc -l)
npx drizzle-kit generate --dialect postgresql --schema ./server/db/schema/index.ts --casing snake_case --out "$work/migrations" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
after=$(ls "$work/migrations"/*.sql | wc -l)
if [ "$before" != "$after" ]; then
  echo "Schema và migration không khớp / schema and migrations disagree. Run: npx drizzle-kit generate" >&2
  cat "$work"/migrations/$(ls -t "$work/migrations" | grep '\.sql$' | head -1) >&2
  exit 1
fi
echo "migrations: up to date ($after files)"
