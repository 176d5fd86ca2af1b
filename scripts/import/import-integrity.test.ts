/** Import integrity on embedded PGlite + PostGIS (one connection): part of `npm test`. */
import { openPglite } from '../db/sql-client.ts'
import { describeImportIntegrity } from './import-integrity.cases.ts'

describeImportIntegrity(() => openPglite())
