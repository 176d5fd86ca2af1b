/** public.regions on embedded PGlite + PostGIS (PG 18 / PostGIS 3.6): part of `npm test`, no server. */
import { openPglite } from '../../scripts/db/sql-client.ts'
import { describeRegionsRls } from './regions-rls.cases.ts'

describeRegionsRls(() => openPglite())
