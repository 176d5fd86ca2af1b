import type { ImportKind } from '../import-kinds.ts'
import { makePseudonymiser } from '../pseudonymise.ts'
import type { ReadImportOptions } from '../read-import.ts'
import { makeRegions } from './make-rows.ts'

/** The key tests pseudonymise with: fixed, so pseudonyms repeat from run to run, and not a secret. */
export const TEST_PSEUDONYM_KEY = 'test-key-not-secret-0001'

/**
 * The options tests read a `kind` file with: the seed's villages, the test key, a fixed today
 * (2025-06-30), `<kind>.csv` as its name; `change` overrides any of them.
 */
export function makeReadOptions(
  kind: ImportKind,
  change: Partial<ReadImportOptions> = {},
): ReadImportOptions {
  return {
    kind,
    fileName: `${kind}.csv`,
    regions: makeRegions(),
    pseudonymise: makePseudonymiser(TEST_PSEUDONYM_KEY),
    today: '2025-06-30',
    ...change,
  }
}
