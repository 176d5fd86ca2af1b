/**
 * A tiny made-up kabupaten for the disclosure tests: kabupaten 99.01, kecamatan 99.01.01 (three desa)
 * and 99.01.02 (two desa), one year, households drawn from a seeded generator (small villages, so many
 * counts are 1–4), with two programs (PKH, BPNT; the pair is disallowed), poverty nested in the desil
 * (extreme ⊂ poor ⊂ desil 1–4, the hardest case for rounding). Gives the raw figures and their cells as
 * the publish step reads them, and the files the old rule (1–4 withheld, zeros absent) would have published.
 */

import type { DesilGroup } from '../../../../src/indicators/dictionary/types.ts'
import { formatIndicatorsCsv, formatIndicatorsJson } from '../../export-indicators.ts'
import { type CombinationRow, formatCombinationsCsv } from '../../export-programs.ts'
import type { PublicFiles } from '../attack.ts'
import { CELL_COUNTS, cellId, type RawCell } from '../cells.ts'
import type { Level, RawCombinationRow, RawFigures, RawIndicatorRow } from '../raw-figures.ts'

const DESA = ['99.01.01.2001', '99.01.01.2002', '99.01.01.2003', '99.01.02.2001', '99.01.02.2002']
const TAHUN = 2024
const COMBINATIONS = [
  { kombinasi: 'BPNT', programs: ['BPNT'] },
  { kombinasi: 'BPNT+PKH', programs: ['BPNT', 'PKH'] },
  { kombinasi: 'PKH', programs: ['PKH'] },
]
const LIVELIHOODS = ['petani', 'petani', 'nelayan', 'umkm', 'lainnya'] as const

interface Household {
  desil: number
  miskin: boolean
  miskin_ekstrem: boolean
  livelihood: (typeof LIVELIHOODS)[number]
  programs: string[]
  members: number
  lintas_desa: boolean
}

/** Park–Miller, so the fixture is the same on every run. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 48271) % 2147483647
    return state / 2147483647
  }
}

/** Households of each desa: small villages, nested poverty (extreme ⊂ poor ⊂ desil 1–4). */
function households(seed: number): Household[][] {
  const random = generator(seed)
  return DESA.map((_, index) =>
    Array.from({ length: 6 + index * 9 }, () => {
      const desil = 1 + Math.floor(random() * 10)
      const draw = random()
      return {
        desil,
        miskin: desil <= 2,
        miskin_ekstrem: desil === 1 && random() < 0.7,
        livelihood: LIVELIHOODS[Math.floor(random() * LIVELIHOODS.length)] ?? 'lainnya',
        programs: draw < 0.15 ? ['BPNT', 'PKH'] : draw < 0.35 ? ['PKH'] : draw < 0.5 ? ['BPNT'] : [],
        members: 1 + Math.floor(random() * 5),
        lintas_desa: random() < 0.05,
      }
    }),
  )
}

function desilGroup(desil: number): DesilGroup {
  return desil === 1 ? '1' : desil === 2 ? '2' : desil <= 4 ? '3-4' : '5-10'
}

/** The elementary cells of one desa's households. */
function cellsOf(kode: string, list: readonly Household[]): RawCell[] {
  const cells = new Map<string, RawCell>()
  for (const household of list) {
    const cell: RawCell = {
      kode,
      tahun: TAHUN,
      desil: desilGroup(household.desil),
      miskin: household.miskin,
      miskin_ekstrem: household.miskin_ekstrem,
      mata_pencaharian: household.miskin ? household.livelihood : null,
      kombinasi: household.programs.join('+'),
      jumlah_program: household.programs.length,
      terlarang: household.programs.length === 2,
      lintas_desa: household.lintas_desa,
      jumlah_kk: 0,
      jumlah_jiwa: 0,
    }
    const id = cellId(cell)
    const known = cells.get(id) ?? cell
    known.jumlah_kk += 1
    known.jumlah_jiwa += household.members
    cells.set(id, known)
  }
  return [...cells.values()]
}

const kodeOf = (desa: string, level: Level): string =>
  level === 'desa'
    ? desa
    : desa
        .split('.')
        .slice(0, level === 'kecamatan' ? 3 : 2)
        .join('.')

/** Counts as `terbit.indikator_mentah` names them, summed from cells with the publish step's definitions. */
const countsOf = (cells: readonly RawCell[]): Record<string, number> =>
  Object.fromEntries(
    Object.entries(CELL_COUNTS).map(([name, count]) => [
      name,
      cells
        .filter((cell) => count.holds(cell))
        .reduce((total, cell) => total + (count.unit === 'kk' ? cell.jumlah_kk : cell.jumlah_jiwa), 0),
    ]),
  )

/** The raw figures of the fixture under `key`; `seed` varies the households. */
export function makeRawFigures(seed = 7, key = 'k'.repeat(40)): RawFigures {
  const villages = households(seed)
  const cells = villages.flatMap((list, index) => cellsOf(DESA[index] as string, list))
  const counts = new Map<string, Record<string, number>>()
  const combinations = new Map<string, number>()
  villages.forEach((list, index) => {
    const desa = DESA[index] as string
    const desaCounts = countsOf(cells.filter((cell) => cell.kode === desa))
    // Recipients listed for PKH: the households holding it, plus a listing of someone in no household.
    desaCounts.penerima_pkh =
      list.filter((household) => household.programs.includes('PKH')).length + (index % 2)
    for (const level of ['desa', 'kecamatan', 'kabupaten'] as const) {
      const kode = kodeOf(desa, level)
      const row = counts.get(kode) ?? {}
      for (const [name, value] of Object.entries(desaCounts)) row[name] = (row[name] ?? 0) + value
      for (const household of list) {
        const kombinasi = household.programs.join('+')
        if (kombinasi)
          combinations.set(`${kode}|${kombinasi}`, (combinations.get(`${kode}|${kombinasi}`) ?? 0) + 1)
      }
      counts.set(kode, row)
    }
  })
  const indicators: RawIndicatorRow[] = []
  const combinationRows: RawCombinationRow[] = []
  for (const [kode, row] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const level: Level =
      kode.split('.').length === 4 ? 'desa' : kode.split('.').length === 3 ? 'kecamatan' : 'kabupaten'
    const base = {
      kode,
      level,
      tahun: TAHUN,
      berlaku: true,
      skala: null,
      penyebut_nama: null,
      penyebut: null,
      penyebut_rahasia: false,
    }
    const count = (indikator: string, name: string): RawIndicatorRow => ({
      ...base,
      indikator,
      nilai: row[name] ?? 0,
      pembilang_nama: name,
      pembilang: row[name] ?? 0,
      pembilang_rahasia: true,
    })
    const share = (indikator: string, numerator: string, denominator: string): RawIndicatorRow => {
      const n = row[numerator] ?? 0
      const d = row[denominator] ?? 0
      return {
        ...base,
        indikator,
        nilai: d === 0 ? null : (n * 100) / d,
        pembilang_nama: numerator,
        pembilang: n,
        pembilang_rahasia: true,
        penyebut_nama: denominator,
        penyebut: d,
        penyebut_rahasia: true,
        skala: 100,
      }
    }
    indicators.push(
      count('jumlah_kk_dtsen', 'kk_dtsen'),
      count('kk_desil_1', 'kk_desil_1'),
      share('persen_kk_desil_1', 'kk_desil_1', 'kk_dtsen'),
      count('kk_desil_1_2', 'kk_desil_1_2'),
      count('kk_desil_1_4', 'kk_desil_1_4'),
      share('persen_kk_desil_1_4', 'kk_desil_1_4', 'kk_dtsen'),
      count('kk_miskin', 'kk_miskin'),
      count('penduduk_miskin', 'penduduk_miskin'),
      share('persen_penduduk_miskin', 'penduduk_miskin', 'anggota_dtsen'),
      count('kk_miskin_ekstrem', 'kk_miskin_ekstrem'),
      share('persen_kk_miskin_ekstrem', 'kk_miskin_ekstrem', 'kk_dtsen'),
      share('persen_petani_miskin', 'kk_miskin_petani', 'kk_miskin'),
      share('persen_nelayan_miskin', 'kk_miskin_nelayan', 'kk_miskin'),
      share('persen_umkm_miskin', 'kk_miskin_umkm', 'kk_miskin'),
      share('cakupan_pkh', 'kk_desil_1_4_pkh', 'kk_desil_1_4'),
      share('cakupan_bpnt', 'kk_desil_1_4_bpnt', 'kk_desil_1_4'),
      share('galat_inklusi', 'kk_penerima_desil_5_10', 'kk_penerima'),
      share('galat_eksklusi', 'kk_desil_1_2_tanpa_bantuan', 'kk_desil_1_2'),
      count('penerima_pkh', 'penerima_pkh'),
      count('kk_bantuan_ganda', 'kk_bantuan_ganda'),
      count('kk_kombinasi_terlarang', 'kk_kombinasi_terlarang'),
      count('kk_duplikat_lintas_desa', 'kk_duplikat_lintas_desa'),
    )
    for (const { kombinasi, programs } of COMBINATIONS) {
      combinationRows.push({
        kode,
        level,
        tahun: TAHUN,
        kombinasi,
        jumlah_program: programs.length,
        jumlah_kk: combinations.get(`${kode}|${kombinasi}`) ?? 0,
        terlarang: programs.length === 2,
      })
    }
  }
  return { indicators, combinations: combinationRows, cells, key }
}

/** The programs.json of the fixture (only what the attack reads). */
export const FIXTURE_PROGRAMS_JSON = JSON.stringify({ programs: [{ kode: 'PKH' }, { kode: 'BPNT' }] })

const isSmall = (value: number | null): boolean => value !== null && value >= 1 && value <= 4

/** The files the rule before disclosure control published: 1–4 withheld, a share on one too, zeros absent. */
export function legacyFiles(raw: RawFigures): PublicFiles {
  const indicators = raw.indicators.map((row) => {
    const withheld = isSmall(row.pembilang) || isSmall(row.penyebut)
    const value = row.nilai === null ? null : Math.round(row.nilai * 1e4) / 1e4
    return {
      kode: row.kode,
      level: row.level,
      tahun: row.tahun,
      indikator: row.indikator,
      nilai: withheld ? null : value,
      status: withheld ? ('ditahan' as const) : value === null ? ('tidak_ada' as const) : ('ada' as const),
    }
  })
  const combinations: CombinationRow[] = raw.combinations
    .filter((row) => row.jumlah_kk > 0)
    .map((row) => ({
      ...row,
      jumlah_kk: isSmall(row.jumlah_kk) ? null : row.jumlah_kk,
      status: isSmall(row.jumlah_kk) ? 'ditahan' : 'ada',
    }))
  const json = JSON.parse(formatIndicatorsJson(indicators)) as Record<string, unknown>
  delete json.disclosure
  return {
    indicatorsCsv: formatIndicatorsCsv(indicators),
    combinationsCsv: formatCombinationsCsv(combinations),
    indicatorsJson: JSON.stringify(json),
    programsJson: FIXTURE_PROGRAMS_JSON,
  }
}
