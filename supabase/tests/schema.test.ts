/** Every SQL test on embedded PGlite + PostGIS (PG 18 / PostGIS 3.6): part of `npm test`, no server. */
import { openPglite } from '../../scripts/db/sql-client.ts'
import { describeSchema } from './schema.cases.ts'

describeSchema(() => openPglite())
