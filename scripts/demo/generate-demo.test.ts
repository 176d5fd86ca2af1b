import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { calibrationReport } from './calibration-report'
import { EXTREME_POVERTY, KECAMATAN_POPULATION_2023, POPULATION_BPS } from './calibration-targets'
import { keluargaSchema, pendudukSchema, penerimaBantuanSchema } from './contract-schemas'
import { detectAnomalies } from './detect-anomalies'
import { type DemoResult, generateDemo } from './generate-demo'
import { DEFAULT_ANOMALY_COUNTS } from './ground-truth'
import { makeRegions } from './make-regions'
import { readRegions } from './read-regions'
import type { DemoRegion } from './types'
import { formatCsv, KELUARGA_COLUMNS, PENDUDUK_COLUMNS, PENERIMA_BANTUAN_COLUMNS } from './write-csv'

const SNAPSHOT = 'public/data/regions.topojson'
const SCALE = 0.05

/** A hash of everything the demo writes. */
function hashDemo(result: DemoResult): string {
  return createHash('sha256')
    .update(formatCsv(result.keluarga, KELUARGA_COLUMNS))
    .update(formatCsv(result.penerima, PENERIMA_BANTUAN_COLUMNS))
    .update(formatCsv(result.penduduk, PENDUDUK_COLUMNS))
    .update(JSON.stringify(result.groundTruth))
    .digest('hex')
}

describe('generateDemo() determinism', () => {
  const make = (seed: number) => generateDemo({ regions: makeRegions(2), seed, scale: 0.01 })

  it('gives identical output for the same seed', () => {
    expect(hashDemo(make(7))).toBe(hashDemo(make(7)))
  })

  it('gives different output for another seed', () => {
    expect(hashDemo(make(8))).not.toBe(hashDemo(make(7)))
  })
})

/** The checks that hold for any region list (the row-by-row contract check runs once, on the fixture). */
function describeDemo(label: string, loadRegions: () => Promise<DemoRegion[]>, checkContract: boolean): void {
  describe(`generateDemo() on ${label}`, async () => {
    const regions = await loadRegions()
    const result = generateDemo({ regions, seed: 42, scale: SCALE })
    const report = calibrationReport(result)
    const today = new Date()

    it.each([2020, 2023, 2024] as const)('sums penduduk of %i exactly to the scaled BPS total', (year) => {
      const sum = result.penduduk
        .filter((row) => row.tahun === year)
        .reduce((acc, row) => acc + row.jumlah_penduduk, 0)
      expect(sum).toBe(Math.round(SCALE * (POPULATION_BPS.totals[year] ?? 0)))
    })

    it('matches the scaled BPS kecamatan totals of 2023', () => {
      for (const [kode, bps] of Object.entries(KECAMATAN_POPULATION_2023)) {
        const rows = result.penduduk.filter(
          (row) => row.tahun === 2023 && row.kode_desa.startsWith(`${kode}.`),
        )
        expect(rows.reduce((acc, row) => acc + row.jumlah_penduduk, 0)).toBe(Math.round(SCALE * bps))
      }
    })

    it.each(report.map((row) => [row.tahun, row] as const))(
      'reproduces BPS P0 within 0.05 points in %i',
      (_, row) => {
        expect(Math.abs(row.p0 - row.p0_target)).toBeLessThan(0.05)
      },
    )

    it('puts about 0.3% of people in extreme poverty in 2024', () => {
      const row = report.find((entry) => entry.tahun === 2024)
      expect(Math.abs((row?.ekstrem_percent ?? 0) - EXTREME_POVERTY.percent_mid_2024)).toBeLessThan(0.05)
    })

    it('makes the members of each village-year sum to penduduk and the rows count to jumlah_kk', () => {
      const totals = new Map<string, { people: number; kk: number }>()
      for (const row of result.keluarga) {
        const key = `${row.kode_desa}|${row.periode}`
        const total = totals.get(key) ?? { people: 0, kk: 0 }
        totals.set(key, { people: total.people + row.jumlah_anggota, kk: total.kk + 1 })
      }
      for (const row of result.penduduk) {
        expect(totals.get(`${row.kode_desa}|${row.tahun}`) ?? { people: 0, kk: 0 }).toEqual({
          people: row.jumlah_penduduk,
          kk: row.jumlah_kk,
        })
      }
    })

    if (checkContract)
      it('writes rows that all satisfy the import contract', () => {
        const known = new Set(regions.map((region) => region.kode))
        const keluarga = keluargaSchema(today)
        const penerima = penerimaBantuanSchema(today)
        const isValid =
          (schema: { safeParse: (row: unknown) => { success: boolean } }) => (row: { kode_desa: string }) =>
            schema.safeParse(row).success && known.has(row.kode_desa)
        expect(result.keluarga.filter((row) => !isValid(keluarga)(row))).toEqual([])
        expect(result.penerima.filter((row) => !isValid(penerima)(row))).toEqual([])
        expect(result.penduduk.filter((row) => !isValid(pendudukSchema)(row))).toEqual([])
      })

    it('lists no BLT-DD in a kelurahan', () => {
      const kelurahan = new Set(
        regions.filter((region) => region.jenis === 'kelurahan').map((region) => region.kode),
      )
      expect(
        result.penerima.filter((row) => row.program === 'BLT_DD' && kelurahan.has(row.kode_desa)),
      ).toEqual([])
    })

    it('summarises the same households the keluarga rows list', () => {
      const fromRows = new Map<
        string,
        { penduduk_miskin: number; kk_miskin: number; kk_miskin_ekstrem: number }
      >()
      for (const row of result.keluarga) {
        const key = `${row.kode_desa}|${row.periode}`
        const total = fromRows.get(key) ?? { penduduk_miskin: 0, kk_miskin: 0, kk_miskin_ekstrem: 0 }
        total.penduduk_miskin += row.miskin * row.jumlah_anggota
        total.kk_miskin += row.miskin
        total.kk_miskin_ekstrem += row.miskin_ekstrem
        fromRows.set(key, total)
      }
      const summarised = result.summaries.map(
        ({ kode, tahun, penduduk_miskin, kk_miskin, kk_miskin_ekstrem }) => ({
          key: `${kode}|${tahun}`,
          penduduk_miskin,
          kk_miskin,
          kk_miskin_ekstrem,
        }),
      )
      const expected = summarised.map(({ key }) => ({
        key,
        ...(fromRows.get(key) ?? { penduduk_miskin: 0, kk_miskin: 0, kk_miskin_ekstrem: 0 }),
      }))
      expect(summarised).toEqual(expected)
    })

    it('plants the default number of each anomaly and the detectors find exactly those', () => {
      const detected = detectAnomalies(result)
      expect(result.groundTruth.counts).toEqual(DEFAULT_ANOMALY_COUNTS)
      for (const [kind, count] of Object.entries(result.groundTruth.counts)) {
        expect(detected[kind as keyof typeof detected]).toHaveLength(count)
      }
    })

    it('points every ground-truth row at a row with exactly those values', () => {
      for (const anomaly of result.groundTruth.anomalies) {
        expect(anomaly.rows.length).toBeGreaterThanOrEqual(2)
        for (const { file, row, values } of anomaly.rows) {
          const rows = file === 'keluarga.csv' ? result.keluarga : result.penerima
          expect(rows[row - 1]).toEqual(values)
        }
      }
    })
  })
}

describeDemo('the fixture', async () => makeRegions(), true)
if (existsSync(SNAPSHOT)) describeDemo('the real snapshot', () => readRegions(SNAPSHOT), false)
else console.info(`generate-demo: skipping the real-snapshot checks, ${SNAPSHOT} does not exist`)
