import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { INDICATORS } from '../../../src/indicators/dictionary/indicators.ts'
import { formatIndicatorsCsv, formatIndicatorsJson } from '../export-indicators.ts'
import { formatCombinationsCsv } from '../export-programs.ts'
import { type AttackReport, attackPublishedFiles, type PublicFiles } from './attack.ts'
import { offsetFor, roundCount } from './block-rounding.ts'
import { cellId, parseRoundedCells } from './cells.ts'
import { ROUNDED_CELLS_FILE } from './local-key.ts'
import { protectFigures } from './protect-figures.ts'
import type { RawFigures } from './raw-figures.ts'
import { FIXTURE_PROGRAMS_JSON, legacyFiles, makeRawFigures } from './testing/make-raw-figures.ts'

const DECIMALS = new Map(INDICATORS.map((indicator) => [indicator.id, indicator.decimals]))

function protectedFiles(raw: RawFigures): PublicFiles {
  const published = protectFigures(raw, DECIMALS)
  return {
    indicatorsCsv: formatIndicatorsCsv(published.indicators),
    combinationsCsv: formatCombinationsCsv(published.combinations),
    indicatorsJson: formatIndicatorsJson(published.indicators),
    programsJson: FIXTURE_PROGRAMS_JSON,
  }
}

/** The true value of every count and combination of the fixture, by the attack's cell names. */
function truthOf(raw: RawFigures): Map<string, number> {
  const truth = new Map<string, number>()
  for (const row of raw.indicators) {
    if (row.pembilang !== null) truth.set(`${row.pembilang_nama}|${row.kode}|${row.tahun}`, row.pembilang)
    if (row.penyebut !== null) truth.set(`${row.penyebut_nama}|${row.kode}|${row.tahun}`, row.penyebut)
  }
  for (const row of raw.combinations)
    truth.set(`kombinasi:${row.kombinasi}|${row.kode}|${row.tahun}`, row.jumlah_kk)
  for (const entry of raw.cells) {
    truth.set(`sel:${cellId(entry)}:kk|${entry.kode}|${entry.tahun}`, entry.jumlah_kk)
    truth.set(`sel:${cellId(entry)}:jiwa|${entry.kode}|${entry.tahun}`, entry.jumlah_jiwa)
  }
  return truth
}

/** Every true value lies inside the attacker's interval: the attack's deductions are sound. */
function expectSound(report: AttackReport, truth: ReadonlyMap<string, number>): void {
  const outside = [...truth].filter(([name, value]) => {
    const interval = report.intervals.get(name)
    return interval !== undefined && (value < interval.lo || value > interval.hi)
  })
  expect(outside).toEqual([])
}

const SEEDS = Array.from({ length: 40 }, (_, index) => index + 1)

describe('attackPublishedFiles()', () => {
  it('recovers withheld cells from files of the old rule (1–4 withheld, zeros absent), all correctly', () => {
    const results = SEEDS.map((seed) => {
      const raw = makeRawFigures(seed)
      const report = attackPublishedFiles(legacyFiles(raw))
      expectSound(report, truthOf(raw))
      return report
    })
    expect(results.every((report) => report.rule === 'suppression')).toBe(true)
    expect(results.reduce((total, report) => total + report.exact, 0)).toBeGreaterThan(10)
  })

  it.each(SEEDS)('pins nothing from files under the cell rule (seed %i)', (seed) => {
    const raw = makeRawFigures(seed, `key-${seed}-`.padEnd(40, 'x'))
    const report = attackPublishedFiles(protectedFiles(raw))
    expectSound(report, truthOf(raw))
    expect(report.rule).toBe('rounding')
    expect({ exact: report.exact, examples: report.examples }).toEqual({ exact: 0, examples: [] })
    expect(report.narrowings).toEqual([])
  })

  it.each(SEEDS)('narrows nothing below the rule even knowing every rounded cell (seed %i)', (seed) => {
    const raw = makeRawFigures(seed, `key-${seed}-`.padEnd(40, 'x'))
    const published = protectFigures(raw, DECIMALS)
    const report = attackPublishedFiles(protectedFiles(raw), published.cells)
    expectSound(report, truthOf(raw))
    expect(report.protectedCells).toBeGreaterThan(100)
    expect({ exact: report.exact, contradictions: report.contradictions }).toEqual({
      exact: 0,
      contradictions: 0,
    })
    expect(report.narrowings).toEqual([])
  })

  it('finds what a count rounded on its own, beside the cells, gives away (the check can fail)', () => {
    let narrowed = 0
    for (const seed of SEEDS) {
      const raw = makeRawFigures(seed, `key-${seed}-`.padEnd(40, 'x'))
      const published = protectFigures(raw, DECIMALS)
      const files = protectedFiles(raw)
      // The rule before cells: poor households rounded once per village instead of summed from cells.
      const json = JSON.parse(files.indicatorsJson) as { disclosure: { cell_sums: string[] } }
      json.disclosure.cell_sums = json.disclosure.cell_sums.filter((name) => name !== 'kk_miskin')
      const indicators = published.indicators.map((row, index) => {
        const source = raw.indicators[index]
        if (row.indikator !== 'kk_miskin' || row.level !== 'desa' || source?.pembilang == null) return row
        return { ...row, nilai: roundCount(source.pembilang, offsetFor(raw.key, row.kode, 'kk_miskin')) }
      })
      const report = attackPublishedFiles(
        { ...files, indicatorsCsv: formatIndicatorsCsv(indicators), indicatorsJson: JSON.stringify(json) },
        published.cells,
      )
      narrowed += report.narrowed + report.contradictions
    }
    expect(narrowed).toBeGreaterThan(0)
  })
})

const SNAPSHOT = path.resolve(import.meta.dirname, '../../../public/data')
const hasRoundedSnapshot =
  existsSync(path.join(SNAPSHOT, 'indicators.json')) &&
  existsSync(path.join(SNAPSHOT, 'program-combinations.csv')) &&
  readFileSync(path.join(SNAPSHOT, 'indicators.json'), 'utf8').includes('pembulatan_sel_berkunci')

const CELLS_FILE = path.resolve(import.meta.dirname, '../../..', ROUNDED_CELLS_FILE)

describe.skipIf(!hasRoundedSnapshot)('the differencing attack on the built snapshot (public/data)', () => {
  const read = (file: string): string => readFileSync(path.join(SNAPSHOT, file), 'utf8')
  const files = (): PublicFiles => ({
    indicatorsCsv: read('indicators.csv'),
    combinationsCsv: read('program-combinations.csv'),
    indicatorsJson: read('indicators.json'),
    programsJson: read('programs.json'),
  })

  it('pins no protected cell from the public files', () => {
    const report = attackPublishedFiles(files())
    expect(report.protectedCells).toBeGreaterThan(10_000)
    expect({ exact: report.exact, contradictions: report.contradictions }).toEqual({
      exact: 0,
      contradictions: 0,
    })
    expect(report.narrowings).toEqual([])
  }, 120_000)

  it.skipIf(!existsSync(CELLS_FILE))(
    'narrows no count and no cell below the rule even knowing every rounded cell of the build',
    () => {
      const cells = parseRoundedCells(readFileSync(CELLS_FILE, 'utf8'))
      const report = attackPublishedFiles(files(), cells)
      expect(cells.length).toBeGreaterThan(1000)
      expect({ exact: report.exact, contradictions: report.contradictions }).toEqual({
        exact: 0,
        contradictions: 0,
      })
      expect(report.narrowings.slice(0, 5)).toEqual([])
    },
    300_000,
  )
})
