/**
 * Priority ranking speed: the time to recompute the ranking after a weight change (what a slider move
 * costs), for the 141 published villages of Kutai Timur and for 85,000 generated villages (about the
 * number of desa/kelurahan in Indonesia). Targets: < 16 ms (one frame) and < 100 ms. Prints medians.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { randomLcg, randomUniform } from 'd3-random'
import type { ValueStatus } from '../../src/data/indicators.ts'
import { assembleIndicatorData } from '../../src/data/indicators.ts'
import { CRITERION_IDS, PRIORITY_INPUT_IDS } from '../../src/priority/criteria.ts'
import { filterVillages, NO_FILTERS } from '../../src/priority/filter-villages.ts'
import { presetWeights, type Weights } from '../../src/priority/presets.ts'
import {
  buildPriorityTable,
  type PriorityColumn,
  type PriorityTable,
  type PriorityVillage,
} from '../../src/priority/priority-table.ts'
import {
  activeCriteria,
  prepareRanking,
  rankVillages,
  scoreRanking,
} from '../../src/priority/rank-villages.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
// Generated villages: about the count of desa + kelurahan in Indonesia (Kepmendagri 2025: 84,276).
const NATIONAL_VILLAGES = 85_000
// Share of withheld cells per generated indicator: with three weighted inputs about 27% of villages are
// not ranked, between the demo's coverage figures (none withheld) and its extreme-poverty share (~half).
const WITHHELD_SHARE = 0.1

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** A seeded table of `count` villages with every criterion, some cells withheld. */
function generateTable(count: number, seed: number): PriorityTable {
  const random = randomUniform.source(randomLcg(seed))(0, 100)
  const villages: PriorityVillage[] = Array.from({ length: count }, (_, index) => ({
    // Codes ascend with the position, as the snapshot's villages are sorted by code.
    kode: `${String(11 + Math.floor(index / 1100)).padStart(2, '0')}.${String(index).padStart(6, '0')}`,
    nama: `Desa ${index}`,
    kecamatan_kode: `k${index % 7000}`,
    kecamatan_nama: `Kecamatan ${index % 7000}`,
    jenis: index % 10 === 0 ? 'kelurahan' : 'desa',
  }))
  const columns = new Map<string, PriorityColumn>()
  for (const id of PRIORITY_INPUT_IDS) {
    const values: (number | null)[] = []
    const statuses: ValueStatus[] = []
    for (let index = 0; index < count; index++) {
      const isWithheld = random() < WITHHELD_SHARE * 100
      values.push(isWithheld ? null : Math.round(random() * 10) / 10)
      statuses.push(isWithheld ? 'ditahan' : 'ada')
    }
    columns.set(id, { values, statuses })
  }
  const directions = new Map<string, 'higher-is-worse' | 'higher-is-better' | 'neutral'>(
    CRITERION_IDS.map((id) => [
      id,
      id.startsWith('cakupan') || id === 'dana_desa_per_kk_miskin' || id === 'skor_idm'
        ? 'higher-is-better'
        : 'higher-is-worse',
    ]),
  )
  return { villages, columns, directions }
}

/** The published table of the latest year, or `null` when the snapshot was not built. */
async function loadPublishedTable(): Promise<PriorityTable | null> {
  const dir = path.join(ROOT, 'public/data')
  if (!existsSync(path.join(dir, 'indicators.csv'))) return null
  const [json, csv, topology] = await Promise.all([
    readFile(path.join(dir, 'indicators.json'), 'utf8'),
    readFile(path.join(dir, 'indicators.csv'), 'utf8'),
    readFile(path.join(dir, 'regions.topojson'), 'utf8'),
  ])
  const data = assembleIndicatorData(JSON.parse(json), csv)
  const desa = (
    JSON.parse(topology) as { objects: { desa: { geometries: { properties: PriorityVillage }[] } } }
  ).objects.desa.geometries
  const villages = desa.map(({ properties }) => ({
    ...properties,
    kecamatan_nama: properties.kecamatan_kode,
  }))
  const tahun = data.file.years.at(-1) ?? 2025
  return buildPriorityTable(villages, data, tahun, PRIORITY_INPUT_IDS)
}

/**
 * Median times over `runs` slider moves (PKH coverage weight up by one step each time):
 * - `rescore`: what the screen does on such a move (same weighted criteria): re-score the prepared
 *   villages (`scoreRanking`);
 * - `full`: the whole ranking from the table (`rankVillages`: split, normalise, score, sort), what a
 *   change of the weighted set, normalisation, filter or year costs.
 */
function timeWeightChanges(
  table: PriorityTable,
  runs: number,
): { rescore: number; full: number; ranked: number } {
  const include = filterVillages(table, NO_FILTERS)
  const base: Weights = presetWeights('cakupan_bansos')
  const prepared = prepareRanking(table, activeCriteria(table, base), 'rank', include)
  const rescore: number[] = []
  const full: number[] = []
  let ranked = 0
  // The first 5 runs are warm-up (JIT compilation, paid once per page) and not counted.
  for (let run = -5; run < runs; run++) {
    const weights = { ...base, cakupan_pkh: 5 + ((run + 5) % 19) * 5 }
    let started = performance.now()
    scoreRanking(prepared, weights)
    if (run >= 0) rescore.push(performance.now() - started)
    started = performance.now()
    const ranking = rankVillages(table, { weights, normalisation: 'rank' }, include)
    if (run >= 0) full.push(performance.now() - started)
    ranked = ranking.ranked.length
  }
  return { rescore: median(rescore), full: median(full), ranked }
}

/** Prints the ranking figures. */
export async function benchPriority(): Promise<void> {
  const published = await loadPublishedTable()
  const small = published ?? generateTable(141, 141)
  const smallResult = timeWeightChanges(small, 200)
  console.log(
    `priority ranking, ${small.villages.length} villages (${published ? 'published snapshot' : 'generated'}, ${smallResult.ranked} ranked): weight change ${smallResult.rescore.toFixed(2)} ms, full recompute ${smallResult.full.toFixed(2)} ms (medians; target < 16 ms)`,
  )
  const large = generateTable(NATIONAL_VILLAGES, 85)
  const largeResult = timeWeightChanges(large, 21)
  console.log(
    `priority ranking, ${large.villages.length.toLocaleString('en-US')} generated villages (${largeResult.ranked.toLocaleString('en-US')} ranked): weight change ${largeResult.rescore.toFixed(1)} ms, full recompute ${largeResult.full.toFixed(1)} ms (medians; target < 100 ms)`,
  )
}
