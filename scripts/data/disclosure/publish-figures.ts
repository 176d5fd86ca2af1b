/**
 * The publish step's figures: read the raw figures as `penerbit`, apply disclosure control, measure what
 * it changed. run-build.ts formats the result into indicators.csv and program-combinations.csv.
 */
import { INDICATORS } from '../../../src/indicators/dictionary/indicators.ts'
import type { SqlClient } from '../../db/sql-client.ts'
import { type InformationLoss, measureInformationLoss } from './information-loss.ts'
import { type ProtectedFigures, protectFigures } from './protect-figures.ts'
import { type RawIndicatorRow, readRawFigures } from './raw-figures.ts'

/** What {@link publishFigures} returns. */
export interface PublishedFigures extends ProtectedFigures {
  loss: InformationLoss
  /** The raw figures before disclosure control (the demo's ground-truth check reads them; never published). */
  raw: RawIndicatorRow[]
}

/** Reads, protects and measures one kabupaten's figures; `key` overrides the database's own key. */
export async function publishFigures(
  client: SqlClient,
  region: string,
  key?: string,
): Promise<PublishedFigures> {
  const raw = await readRawFigures(client, region)
  const withKey = key === undefined ? raw : { ...raw, key }
  const decimals = new Map(INDICATORS.map((indicator) => [indicator.id, indicator.decimals]))
  const published = protectFigures(withKey, decimals)
  return { ...published, loss: measureInformationLoss(withKey, published), raw: raw.indicators }
}
