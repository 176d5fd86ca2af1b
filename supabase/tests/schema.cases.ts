/**
 * Every SQL test of the schema, written once and run on both engines against ONE database per engine:
 * schema.test.ts (embedded PGlite + PostGIS, ~15 s and ~1 GB to start) and schema.pg.test.ts (PostgreSQL
 * 15 + PostGIS 3.3, a fresh database from DATABASE_URL). The database is migrated and seeded once; every
 * test runs in a transaction that is rolled back, so no test sees another's rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applySeed } from '../../scripts/db/apply-seed.ts'
import { applyMigrations, type SqlClient } from '../../scripts/db/sql-client.ts'
import { describeAuditedWrites } from './audited-writes.cases.ts'
import { describeBulkLoads } from './bulk-loads.cases.ts'
import { describeChangeHistory } from './change-history.cases.ts'
import { describeDanaDesaFigures } from './dana-desa-figures.cases.ts'
import { describeDictionary } from './dictionary.cases.ts'
import { describeDuplicateDecisions } from './duplicate-decisions.cases.ts'
import { describeDuplicates } from './duplicates.cases.ts'
import { describeFigures } from './figures.cases.ts'
import { describeFiguresAccess } from './figures-access.cases.ts'
import { describeFigureRules } from './figures-rules.cases.ts'
import { describeHouseholdConstraints } from './household-constraints.cases.ts'
import { describeHouseholdRls } from './household-rls.cases.ts'
import { describeImportWorkbench } from './import-workbench.cases.ts'
import { describeImportWorkbenchAtScale } from './import-workbench-scale.cases.ts'
import { SEEDED_KODES } from './make-region.ts'
import { describeNameAccess } from './name-access.cases.ts'
import { describeNameSpellings } from './name-spellings.cases.ts'
import { describePersonalPrivacy } from './personal-privacy.cases.ts'
import { describePlannerRole } from './planner-role.cases.ts'
import { describePlannerWorkspace } from './planner-workspace.cases.ts'
import { describeProgramCombinations } from './program-combinations.cases.ts'
import { describeProgramsRls } from './programs-rls.cases.ts'
import { describePseudonyms } from './pseudonyms.cases.ts'
import { describePublicStatisticsRls } from './public-statistics-rls.cases.ts'
import { describePublishingRole } from './publishing-role.cases.ts'
import { describeRegionsConstraints } from './regions-constraints.cases.ts'
import { describeRegionsRls, seededKodes } from './regions-rls.cases.ts'
import { describeReviewWorkspace } from './review-workspace.cases.ts'
import { describeSchemaGuards } from './schema-guards.cases.ts'
import { describeSuppression } from './suppression.cases.ts'
import { describeYearRange } from './year-range.cases.ts'

/** Defines every schema test against the database `open` returns (migrated, not yet seeded). */
export function describeSchema(open: () => Promise<SqlClient>): void {
  let client: SqlClient | undefined
  const db = (): SqlClient => {
    if (!client) throw new Error('The test database is not open (beforeAll failed?)')
    return client
  }

  beforeAll(async () => {
    client = await open()
    await applySeed(client)
  })
  afterAll(async () => {
    await client?.close()
  })

  describeRegionsRls(db)
  describeRegionsConstraints(db)
  describeSchemaGuards(db)
  describePlannerRole(db)
  describeHouseholdRls(db)
  describeHouseholdConstraints(db)
  describePseudonyms(db)
  describeBulkLoads(db)
  describePublicStatisticsRls(db)
  describeProgramsRls(db)
  describeFigures(db)
  describeFigureRules(db)
  describeSuppression(db)
  describeFiguresAccess(db)
  describeDictionary(db)
  describePublishingRole(db)
  describeYearRange(db)
  describeDanaDesaFigures(db)
  describePlannerWorkspace(db)
  describeDuplicates(db)
  describeDuplicateDecisions(db)
  describeNameSpellings(db)
  describeProgramCombinations(db)
  describeReviewWorkspace(db)
  describePersonalPrivacy(db)
  describeNameAccess(db)
  describeAuditedWrites(db)
  describeChangeHistory(db)
  describeImportWorkbench(db)
  describeImportWorkbenchAtScale(db)

  describe('migrations', () => {
    it('apply a second time without error and without changing the data', async () => {
      const applied = await applyMigrations(db())
      expect(applied.length).toBeGreaterThan(0)
      expect(await seededKodes(db())).toEqual([...SEEDED_KODES])
    })
  })
}
