/**
 * Every SQL test on PostgreSQL 15 + PostGIS 3.3 (`npm run test:pg`), in a fresh database created from
 * DATABASE_URL and dropped afterwards (see fresh-postgres.ts and scripts/db/setup-test-postgres.sh).
 */
import { openFreshPostgres } from './fresh-postgres.ts'
import { describeSchema } from './schema.cases.ts'

describeSchema(() => openFreshPostgres())
