/**
 * Import integrity on PostgreSQL 15 + PostGIS 3.3 (`npm run test:pg`) in a fresh database, with extra
 * connections to the same database for the concurrent-import test.
 */
import { openFreshPostgres, requireDatabaseUrl, withDatabase } from '../../supabase/tests/fresh-postgres.ts'
import { openPostgres } from '../db/sql-client.ts'
import { describeImportIntegrity } from './import-integrity.cases.ts'

let url = ''
describeImportIntegrity(
  async () => {
    const db = await openFreshPostgres()
    const { rows } = await db.query<{ name: string }>('select current_database() as name')
    url = withDatabase(requireDatabaseUrl(), rows[0]?.name ?? '')
    return db
  },
  () => openPostgres(url),
)
