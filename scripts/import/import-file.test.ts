/** importFile() on embedded PGlite + PostGIS with the real migrations: part of `npm test`, no server. */
import { openPglite } from '../db/sql-client.ts'
import { describeImportFile } from './import-file.cases.ts'

describeImportFile(() => openPglite())
