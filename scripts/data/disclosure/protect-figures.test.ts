import { describe, expect, it } from 'vitest'
import { CELL_COUNTS } from './cells.ts'
import { MIN_DENOMINATOR, protectFigures } from './protect-figures.ts'
import type { RawFigures, RawIndicatorRow } from './raw-figures.ts'
import { makeRawFigures } from './testing/make-raw-figures.ts'

const DECIMALS = new Map([
  ['persen_kk_desil_1', 1],
  ['persen_petani_miskin', 1],
])

function publishedValue(
  rows: ReturnType<typeof protectFigures>['indicators'],
  kode: string,
  indikator: string,
): number | null {
  return rows.find((row) => row.kode === kode && row.indikator === indikator)?.nilai ?? null
}

describe('protectFigures()', () => {
  const raw = makeRawFigures(3)
  const published = protectFigures(raw, DECIMALS)

  it('publishes the same figures for the same key and inputs, other figures under another key', () => {
    expect(protectFigures(makeRawFigures(3), DECIMALS)).toEqual(published)
    const other = protectFigures({ ...makeRawFigures(3), key: 'z'.repeat(40) }, DECIMALS)
    expect(other.indicators).not.toEqual(published.indicators)
  })

  it('changes no cell by more than 2, keeps zero cells at 0, members ≥ households in every cell', () => {
    expect(published.cells).toHaveLength(raw.cells.length)
    for (const cell of published.cells) {
      expect(Math.abs(cell.kk_terbit - cell.jumlah_kk)).toBeLessThanOrEqual(2)
      expect(Math.abs(cell.jiwa_terbit - cell.jumlah_jiwa)).toBeLessThanOrEqual(2)
      expect(cell.jiwa_terbit).toBeGreaterThanOrEqual(cell.kk_terbit)
    }
  })

  it('publishes every household count of a desa as the sum of its rounded cells, off by ≤ 2 per cell', () => {
    let checked = 0
    raw.indicators.forEach((row, index) => {
      const count = CELL_COUNTS[row.pembilang_nama]
      if (row.level !== 'desa' || row.penyebut_nama !== null || !count || row.pembilang === null) return
      const cells = published.cells.filter((cell) => cell.kode === row.kode && count.holds(cell))
      const sum = cells.reduce(
        (total, cell) => total + (count.unit === 'kk' ? cell.kk_terbit : cell.jiwa_terbit),
        0,
      )
      expect(published.indicators[index]?.nilai).toBe(sum)
      expect(Math.abs(sum - row.pembilang)).toBeLessThanOrEqual(2 * cells.length)
      if (row.pembilang === 0) expect(sum).toBe(0)
      checked += 1
    })
    expect(checked).toBeGreaterThan(30)
  })

  it('keeps every subset within its set and the livelihood parts within the poor households', () => {
    const figureOf = (kode: string, indikator: string): number =>
      published.indicators.find((row) => row.kode === kode && row.indikator === indikator)?.nilai ??
      Number.NaN
    for (const kode of new Set(raw.indicators.map((row) => row.kode))) {
      const chain = ['kk_miskin_ekstrem', 'kk_miskin', 'kk_desil_1_2', 'kk_desil_1_4', 'jumlah_kk_dtsen']
      const values = chain.map((indikator) => figureOf(kode, indikator))
      expect(values).toEqual([...values].sort((a, b) => a - b))
      expect(figureOf(kode, 'kk_desil_1')).toBeLessThanOrEqual(figureOf(kode, 'kk_desil_1_2'))
      const shares = ['persen_petani_miskin', 'persen_nelayan_miskin', 'persen_umkm_miskin']
        .map((indikator) => figureOf(kode, indikator))
        .filter((share) => !Number.isNaN(share))
      expect(shares.reduce((total, share) => total + share, 0)).toBeLessThanOrEqual(100 + 0.2)
    }
  })

  it('publishes an unchanged village the same in every year: nothing to average across years', () => {
    const later = <T extends { tahun: number }>(row: T): T => ({ ...row, tahun: 2025 })
    const twoYears: RawFigures = {
      ...raw,
      indicators: [...raw.indicators, ...raw.indicators.map(later)],
      combinations: [...raw.combinations, ...raw.combinations.map(later)],
      cells: [...raw.cells, ...raw.cells.map(later)],
    }
    const out = protectFigures(twoYears, DECIMALS)
    const half = raw.indicators.length
    expect(out.indicators.slice(half).map((row) => row.nilai)).toEqual(
      out.indicators.slice(0, half).map((row) => row.nilai),
    )
    expect(out.indicators.slice(half).every((row) => row.tahun === 2025)).toBe(true)
  })

  it('stops with the count and region named when a count is not the sum of its cells', () => {
    const broken: RawFigures = {
      ...raw,
      cells: raw.cells.filter((cell, index) => !(cell.kode === '99.01.01.2003' && index % 2 === 0)),
    }
    expect(() => protectFigures(broken, DECIMALS)).toThrow(
      /^(kombinasi \S+|kk_\w+) of 99\.01\.01\.2003 in 2024 is \d+, but its cells add up to \d+/,
    )
  })

  it('makes every kecamatan and kabupaten count the sum of its published desa counts', () => {
    for (const indikator of ['jumlah_kk_dtsen', 'kk_desil_1', 'kk_miskin']) {
      const desa = (prefix: string): number =>
        published.indicators
          .filter((row) => row.level === 'desa' && row.kode.startsWith(prefix) && row.indikator === indikator)
          .reduce((total, row) => total + (row.nilai ?? 0), 0)
      expect(publishedValue(published.indicators, '99.01.01', indikator)).toBe(desa('99.01.01.'))
      expect(publishedValue(published.indicators, '99.01', indikator)).toBe(desa('99.01.'))
    }
  })

  it('publishes households with two or more programs as the sum of the published combination rows', () => {
    for (const kode of ['99.01.01.2003', '99.01.02', '99.01']) {
      const pairs = published.combinations
        .filter((row) => row.kode === kode && row.jumlah_program >= 2)
        .reduce((total, row) => total + (row.jumlah_kk ?? 0), 0)
      expect(publishedValue(published.indicators, kode, 'kk_bantuan_ganda')).toBe(pairs)
      expect(publishedValue(published.indicators, kode, 'kk_kombinasi_terlarang')).toBe(pairs)
    }
  })

  it('publishes every combination row, zeros included, with status ada', () => {
    expect(published.combinations).toHaveLength(raw.combinations.length)
    expect(raw.combinations.some((row) => row.jumlah_kk === 0)).toBe(true)
    expect(new Set(published.combinations.map((row) => row.status))).toEqual(new Set(['ada']))
  })

  it('computes a share from the published counts, to its decimals, and withholds it below 5 households', () => {
    for (const row of published.indicators.filter((out) => out.indikator === 'persen_kk_desil_1')) {
      const numerator = publishedValue(published.indicators, row.kode, 'kk_desil_1') ?? 0
      const denominator = publishedValue(published.indicators, row.kode, 'jumlah_kk_dtsen') ?? 0
      if (denominator < MIN_DENOMINATOR) expect(row).toMatchObject({ nilai: null, status: 'ditahan' })
      else expect(row.nilai).toBe(Math.round((numerator * 1000) / denominator) / 10)
    }
  })

  it('passes public administrative figures unchanged (rounded to 4 decimals)', () => {
    const population: RawIndicatorRow = {
      ...(raw.indicators[0] as RawIndicatorRow),
      indikator: 'kepadatan',
      nilai: 12.345678,
      pembilang_nama: 'penduduk',
      pembilang: 1234,
      pembilang_rahasia: false,
      penyebut_nama: 'luas_km2',
      penyebut: 99.95,
      penyebut_rahasia: false,
      skala: 1,
    }
    const out = protectFigures({ ...raw, indicators: [...raw.indicators, population] }, DECIMALS)
    expect(out.indicators.at(-1)).toMatchObject({ nilai: 12.3457, status: 'ada' })
  })

  it('stops with the count and region named when a total is not the sum of its desa', () => {
    const broken: RawFigures = {
      ...raw,
      indicators: raw.indicators.map((row) =>
        row.kode === '99.01.01' && row.indikator === 'kk_miskin'
          ? { ...row, pembilang: (row.pembilang ?? 0) + 1 }
          : row,
      ),
    }
    expect(() => protectFigures(broken, DECIMALS)).toThrow(
      /count kk_miskin of 99\.01\.01 in 2024 is \d+, but its desa add up to \d+/,
    )
  })

  it('refuses a missing or short disclosure key', () => {
    expect(() => protectFigures({ ...raw, key: 'short' }, DECIMALS)).toThrow(
      'the disclosure key is missing or shorter than 32 characters',
    )
  })
})
