/**
 * Checks the snapshot `npm run data` published into public/data (CI builds it before `npm test`; skipped
 * with a reason when absent): the kabupaten figures the SQL computed from the demo data reproduce the
 * official figures the generator is calibrated to, disclosure control holds its published shape
 * (docs/disclosure-control.md), and no file carries personal data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { INDICATORS as DICTIONARY } from '../../src/indicators/dictionary/indicators.ts'
import { KABUPATEN, POPULATION_BPS, POVERTY_P0_PERCENT } from '../demo/calibration-targets.ts'
import { DANA_DESA_TOTALS } from '../demo/dana-desa.ts'
import { KUTIM_IDM_TARGETS } from '../demo/idm-targets.ts'
import { parseRoundedCells } from './disclosure/cells.ts'
import { ROUNDED_CELLS_FILE } from './disclosure/local-key.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SNAPSHOT = path.join(ROOT, 'public/data')
const INDICATORS = path.join(SNAPSHOT, 'indicators.csv')
const DEMO_KELUARGA = path.join(ROOT, 'data/demo/64.08/keluarga.csv')
const DEMO_PENERIMA = path.join(ROOT, 'data/demo/64.08/penerima_bantuan.csv')
const COMBINATIONS = path.join(SNAPSHOT, 'program-combinations.csv')
const CELLS_FILE = path.join(ROOT, ROUNDED_CELLS_FILE)

type Row = { kode: string; level: string; tahun: string; indikator: string; nilai: string; status: string }

const isBuilt = existsSync(INDICATORS)
if (!isBuilt) console.info(`published-snapshot: skipped, ${INDICATORS} does not exist (run npm run data)`)

describe.skipIf(!isBuilt)('the published Kutai Timur snapshot', () => {
  const rows = isBuilt
    ? Papa.parse<Row>(readFileSync(INDICATORS, 'utf8'), { header: true, skipEmptyLines: true }).data
    : []
  const value = (indikator: string, tahun: number, kode = KABUPATEN.kode): number => {
    const row = rows.find((r) => r.kode === kode && r.indikator === indikator && Number(r.tahun) === tahun)
    if (row?.status !== 'ada') throw new Error(`no published ${indikator} for ${kode} in ${tahun}`)
    return Number(row.nilai)
  }

  it('publishes every entry of the indicator dictionary, in its order, with a village value in some year', () => {
    const definitions = JSON.parse(readFileSync(path.join(SNAPSHOT, 'indicators.json'), 'utf8')) as {
      indicators: { id: string }[]
    }
    expect(definitions.indicators.map((item) => item.id)).toEqual(DICTIONARY.map((entry) => entry.id))
    const present = new Set(
      rows.filter((row) => row.level === 'desa' && row.status === 'ada').map((row) => row.indikator),
    )
    expect(DICTIONARY.map((entry) => entry.id).filter((id) => !present.has(id))).toEqual([])
  })

  it('splits indicators.csv into one per-view file per indicator, row for row, with its years in indicators.json', () => {
    const [header, ...lines] = readFileSync(INDICATORS, 'utf8').trim().split('\n')
    const definitions = JSON.parse(readFileSync(path.join(SNAPSHOT, 'indicators.json'), 'utf8')) as {
      indicators: { id: string; years: number[] }[]
    }
    const manifest = JSON.parse(readFileSync(path.join(SNAPSHOT, 'manifest.json'), 'utf8')) as {
      files: { path: string }[]
    }
    for (const { id, years } of definitions.indicators) {
      const file = `indicators-${id}.csv`
      const own = lines.filter((line) => line.split(',')[3] === id)
      expect(readFileSync(path.join(SNAPSHOT, file), 'utf8').trim().split('\n')).toEqual([header, ...own])
      const villageYears = own
        .map((line) => line.split(','))
        .filter((cells) => cells[1] === 'desa' && cells[5] === 'ada')
        .map((cells) => Number(cells[2]))
      expect(years).toEqual([...new Set(villageYears)].sort((a, b) => a - b))
      expect(manifest.files.map((item) => item.path)).toContain(file)
    }
  })

  // The rate is published to 1 decimal (its definition) from the sum of the build's rounded cells
  // (docs/disclosure-control.md): first, exactly that; then the BPS figure within what the rounding allows.
  // The generator hits BPS to about 0.001 points before disclosure control; each poor cell's members then
  // move by at most 2 without bias and with their own keyed offset (variance at most 2), so the numerator
  // moves by a sum of thousands of independent errors with a standard deviation of σ = √(2 · poor cells)
  // people, about 0.02 points. The bound: 0.05 from the decimal, 0.01 for the generator and 5σ (a key makes
  // it fail with a chance below 1 in a million a year). A fixed 0.07 failed 3 years in 10 under fresh keys.
  const cells = existsSync(CELLS_FILE) ? parseRoundedCells(readFileSync(CELLS_FILE, 'utf8')) : []
  it.skipIf(cells.length === 0).each(Object.entries(POVERTY_P0_PERCENT))(
    'publishes the poverty rate of %s from the rounded cells, within their noise of the BPS rate',
    (year, p0) => {
      const ofYear = cells.filter((cell) => cell.tahun === Number(year))
      const poor = ofYear.filter((cell) => cell.miskin)
      const members = ofYear.reduce((sum, cell) => sum + cell.jiwa_terbit, 0)
      const poorMembers = poor.reduce((sum, cell) => sum + cell.jiwa_terbit, 0)
      const published = value('persen_penduduk_miskin', Number(year))
      expect(published).toBe(Math.round((1000 * poorMembers) / members) / 10)
      const sigma = (100 * Math.sqrt(2 * poor.length)) / members
      expect(Math.abs(published - p0)).toBeLessThanOrEqual(0.05 + 0.01 + 5 * sigma)
    },
  )

  it.each(Object.entries(POPULATION_BPS.totals))(
    'reproduces the BPS population of %s exactly',
    (year, total) => {
      expect(value('penduduk', Number(year))).toBe(total)
    },
  )

  it.each(Object.entries(DANA_DESA_TOTALS))(
    'reproduces the Dana Desa total of %s to the rupiah',
    (year, total) => {
      expect(value('dana_desa', Number(year))).toBe(total)
    },
  )

  it('has the 2019 IDM status counts of DPMD', () => {
    const statuses = rows.filter(
      (r) => r.indikator === 'status_idm' && r.tahun === '2019' && r.status === 'ada',
    )
    const count = (code: number) => statuses.filter((r) => Number(r.nilai) === code).length
    const targets = KUTIM_IDM_TARGETS.baseline_counts
    expect([count(1), count(2), count(3), count(4), count(5)]).toEqual([
      targets.sangat_tertinggal,
      targets.tertinggal,
      targets.berkembang,
      targets.maju,
      targets.mandiri,
    ])
  })

  it('has a row for every desa/kelurahan, kecamatan and the kabupaten in every year', () => {
    const years = new Set(rows.map((r) => r.tahun))
    const codes = (level: string) => new Set(rows.filter((r) => r.level === level).map((r) => r.kode)).size
    expect([codes('desa'), codes('kecamatan'), codes('kabupaten')]).toEqual([
      KABUPATEN.desa + KABUPATEN.kelurahan,
      KABUPATEN.kecamatan,
      1,
    ])
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025'])
  })

  it('shows Dana Desa for a kelurahan as not applicable, never as zero', () => {
    for (const kode of KABUPATEN.kelurahan_kode) {
      const row = rows.find((r) => r.kode === kode && r.indikator === 'dana_desa' && r.tahun === '2024')
      expect(row?.status).toBe('tidak_berlaku')
      expect(row?.nilai).toBe('')
    }
  })

  it('publishes household counts that agree with each other in every village-year, summed into the kecamatan', () => {
    const counts = rows.filter((r) => r.indikator.startsWith('kk_') && r.status === 'ada' && r.nilai !== '')
    const byRegionYear = new Map<string, Map<string, number>>()
    for (const row of counts) {
      const key = `${row.kode}|${row.tahun}`
      const values = byRegionYear.get(key) ?? new Map<string, number>()
      values.set(row.indikator, Number(row.nilai))
      byRegionYear.set(key, values)
    }
    const dtsen = rows.filter((r) => r.indikator === 'jumlah_kk_dtsen' && r.status === 'ada')
    expect(byRegionYear.size).toBeGreaterThan(100)
    // Sums of rounded cells: a subset never exceeds its set (desil 1 ⊂ 1–2 ⊂ 1–4 ⊂ DTSEN, extreme ⊂ poor).
    for (const row of dtsen) {
      const values = byRegionYear.get(`${row.kode}|${row.tahun}`)
      const chain = ['kk_miskin_ekstrem', 'kk_miskin', 'jumlah_kk_dtsen']
      const desil = ['kk_desil_1', 'kk_desil_1_2', 'kk_desil_1_4', 'jumlah_kk_dtsen']
      for (const list of [chain, desil]) {
        const found = list.map((name) => (name === 'jumlah_kk_dtsen' ? Number(row.nilai) : values?.get(name)))
        const known = found.filter((value): value is number => value !== undefined)
        expect([row.kode, row.tahun, known]).toEqual([row.kode, row.tahun, [...known].sort((a, b) => a - b)])
      }
    }
    for (const row of counts.filter((r) => r.level === 'kecamatan')) {
      const desa = rows.filter(
        (r) =>
          r.level === 'desa' &&
          r.kode.startsWith(`${row.kode}.`) &&
          r.tahun === row.tahun &&
          r.indikator === row.indikator,
      )
      expect(desa.reduce((total, r) => total + Number(r.nilai || 0), 0)).toBe(Number(row.nilai))
    }
  })

  it('carries no personal data in any file: no NIK/KK-like numbers, pseudonyms, birth dates or names', () => {
    const files = readdirSync(SNAPSHOT).filter((file) => !file.startsWith('.'))
    const names = existsSync(DEMO_KELUARGA)
      ? Papa.parse<{ nama_kepala: string }>(readFileSync(DEMO_KELUARGA, 'utf8').slice(0, 400_000), {
          header: true,
          skipEmptyLines: true,
        })
          .data.map((row) => row.nama_kepala)
          .filter((name) => name?.includes(' '))
      : []
    // Recipients' names too: PBI-JKN and PIP list members and pupils, not only household heads.
    if (existsSync(DEMO_PENERIMA)) {
      const listed = Papa.parse<{ nama: string }>(readFileSync(DEMO_PENERIMA, 'utf8').slice(0, 400_000), {
        header: true,
        skipEmptyLines: true,
      }).data
      for (const row of listed) if (row.nama?.includes(' ')) names.push(row.nama)
    }
    for (const file of files) {
      const text = readFileSync(path.join(SNAPSHOT, file), 'utf8')
      // 16 digits on their own, not part of a decimal (TopoJSON scales have long fractions) nor of a hex
      // checksum (a sha256 in the manifest can hold 16 digits in a row by chance).
      expect(text, file).not.toMatch(/(?<![\da-fA-F.])\d{16}(?![\da-fA-F.])/)
      // 64 hex digits is what a pseudonymised NIK/KK looks like; only the manifest's sha256 checksums may.
      if (file !== 'manifest.json') expect(text, file).not.toMatch(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/)
      expect(text, file).not.toMatch(/tanggal_lahir|nik_kepala|nama_kepala|id_keluarga|"nik"|\bnik,/)
      expect(text, file).not.toMatch(/\b(19|20)\d\d-\d\d-\d\d(?!T)/)
      for (const name of names) expect(text.includes(name), `${file} contains the name ${name}`).toBe(false)
    }
  })

  it('publishes every combination of programs for every region and year, zeros included, none withheld', () => {
    const combinations = Papa.parse<{ kode: string; tahun: string; jumlah_kk: string; status: string }>(
      readFileSync(COMBINATIONS, 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data
    const years = new Set(combinations.map((row) => row.tahun))
    const regions = KABUPATEN.desa + KABUPATEN.kelurahan + KABUPATEN.kecamatan + 1
    expect(combinations).toHaveLength(31 * regions * years.size)
    expect(combinations.some((row) => row.jumlah_kk === '0')).toBe(true)
    for (const row of combinations)
      expect([row.status, Number.isInteger(Number(row.jumlah_kk))]).toEqual(['ada', true])
  })
})
