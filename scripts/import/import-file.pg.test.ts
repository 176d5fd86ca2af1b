/**
 * importFile() on PostgreSQL 15 + PostGIS 3.3 (`npm run test:pg`), in a fresh database created from
 * DATABASE_URL and dropped afterwards (supabase/tests/fresh-postgres.ts).
 */
import { openFreshPostgres } from '../../supabase/tests/fresh-postgres.ts'
import { describeImportFile } from './import-file.cases.ts'

describeImportFile(() => openFreshPostgres())
