#!/bin/sh
# Prisma 7's CLI insists on a schema-engine binary path even for `generate`, which does not run it.
# The native engine cannot be downloaded on this machine kind; migrations are handled by lib/db/migrate.ts.
echo "schema engine not available: use npm run db:migrate / npm run db:migration:new" >&2
exit 1
