/**
 * Benchmark section for the village profile and the explorer table: the pure work on the real
 * snapshot (profile assembly for one village; rows, rank, sort and CSV for the 141 villages), median
 * of 20 in Node, and in headless Chromium the time from navigation to a rendered profile and from a
 * click on "Tabel" to the rendered table, median of 5. Prints figures; asserts nothing.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { assembleIndicatorData } from '../../src/data/indicators.ts'
import { assembleSnapshot } from '../../src/data/snapshot.ts'
import { getRankOrder, rankAreas } from '../../src/indicators/rank.ts'
import { deriveValueClasses } from '../../src/indicators/value-classes.ts'
import { buildVillageProfile } from '../../src/panels/profile/build-profile.ts'
import { buildTableCsv } from '../../src/panels/table/table-csv.ts'
import { applyTableQuery, buildTableRows, DEFAULT_TABLE_QUERY } from '../../src/panels/table/table-rows.ts'
import { launchChromium } from '../../tests/e2e/browser'
import { startPreview } from '../../tests/e2e/preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')
const RUNS = 20
const BROWSER_RUNS = 5
const INDICATOR = 'persen_kk_desil_1_4'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function timeMedian(runs: number, work: () => void): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    work()
    times.push(performance.now() - started)
  }
  return median(times)
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(ROOT, 'dist/data', file), 'utf8'))
}

/** Profile and table timings; needs `npm run data` and `npm run build`. */
export async function benchProfileAndTable(): Promise<void> {
  console.log('\n## Village profile and table')
  const snapshot = assembleSnapshot(await readJson('manifest.json'), await readJson('regions.topojson'))
  const data = assembleIndicatorData(
    await readJson('indicators.json'),
    await readFile(path.join(ROOT, 'dist/data/indicators.csv'), 'utf8'),
  )
  const village = snapshot.villages[0]
  const tahun = data.file.years.at(-1)
  if (!village || tahun === undefined) throw new Error('The snapshot has no village or no year')
  const codes = snapshot.villages.map((item) => item.kode)
  const definition = data.file.indicators.find((item) => item.id === INDICATOR)
  if (!definition) throw new Error(`indicators.json has no ${INDICATOR}`)

  const profileMs = timeMedian(RUNS, () =>
    buildVillageProfile({ data, village, villageCodes: codes, regionKode: snapshot.region.kode, tahun }),
  )
  const tableMs = timeMedian(RUNS, () => {
    const classes = deriveValueClasses(
      codes,
      (kode) => data.index.value(kode, tahun, INDICATOR),
      { method: 'jenks', classes: 5 },
      'yl_gn_bu',
      definition.direction,
    )
    const ranks = rankAreas(
      codes,
      (kode) => data.index.value(kode, tahun, INDICATOR),
      getRankOrder(definition.direction),
    )
    const rows = applyTableQuery(
      buildTableRows(snapshot.villages, classes, ranks),
      { ...DEFAULT_TABLE_QUERY, sort: 'value' },
      'id-ID',
    )
    buildTableCsv({
      rows,
      indicator: definition,
      tahun,
      level: 'desa',
      breaks: classes.breaks,
      classificationLabel: 'Jenks, 5',
      query: DEFAULT_TABLE_QUERY,
      kecamatanName: null,
      snapshotId: snapshot.manifest.snapshot_id,
      attribution: snapshot.manifest.attribution ?? [],
      language: 'id',
      t: (key) => key,
    })
  })
  console.log(
    `profile assembly (${data.file.indicators.length} indicators, ${codes.length} villages ranked): median ${profileMs.toFixed(2)} ms of ${RUNS}`,
  )
  console.log(
    `table: classes + rank + rows + sort + CSV (${codes.length} rows): median ${tableMs.toFixed(2)} ms of ${RUNS}`,
  )

  const [server, browser] = await Promise.all([startPreview(), launchChromium()])
  try {
    const profileTimes: number[] = []
    const tableTimes: number[] = []
    for (let run = 0; run < BROWSER_RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      const started = performance.now()
      await page.goto(`${server.url}desa/${village.kode}?t=${tahun}`)
      await page.waitForSelector('[data-testid="profile-row"]', { timeout: 30_000 })
      profileTimes.push(performance.now() - started)
      await page.goto(`${server.url}?i=${INDICATOR}&t=${tahun}`)
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 })
      const clicked = performance.now()
      await page.getByTestId('tab-table').click()
      await page.waitForSelector('[data-testid="table-row"]', { timeout: 30_000 })
      tableTimes.push(performance.now() - clicked)
      await page.close()
    }
    console.log(
      `navigation → profile rendered (Chromium): median ${median(profileTimes).toFixed(0)} ms of ${BROWSER_RUNS}`,
    )
    console.log(
      `click "Tabel" → 141 rows rendered (Chromium): median ${median(tableTimes).toFixed(0)} ms of ${BROWSER_RUNS}`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
}
