import { describe, expect, it } from 'vitest'
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

  it('changes no desa count by more than 2, keeps zeros and keeps desil 1 within the DTSEN households', () => {
    raw.indicators.forEach((row, index) => {
      const out = published.indicators[index]
      if (row.level !== 'desa' || row.penyebut_nama !== null || row.pembilang === null) return
      expect(Math.abs((out?.nilai ?? Number.NaN) - row.pembilang)).toBeLessThanOrEqual(2)
      if (row.pembilang === 0) expect(out?.nilai).toBe(0)
    })
    for (const kode of ['99.01.01.2001', '99.01.01.2002', '99.01.02.2002']) {
      expect(publishedValue(published.indicators, kode, 'kk_desil_1')).toBeLessThanOrEqual(
        publishedValue(published.indicators, kode, 'jumlah_kk_dtsen') ?? -1,
      )
    }
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
