/**
 * The published figures of 2024 for every region of figures-fixture.ts, worked out by hand. Columns:
 * kelurahan L, desa A, B, C, kecamatan Hulu (L + A), Hilir (B + C), kabupaten. The fixture is loaded once,
 * read as the publishing role and rolled back; each test then compares one indicator row with the snapshot.
 *
 * DTSEN households per village in 2024 (groups of figures-fixture.ts):
 *   A: 35 households, 110 people; desil 1: 5, desil 1–2: 15, desil 1–4: 20; poor 20 (70 people)
 *   B: 10 households, 30 people;  desil 1: 5 (poor, 20 people), desil 9: 5
 *   C: 40 households, 85 people;  desil 1: 5 (poor, 15 people), desil 5: 35
 *   L: none (a kelurahan in a year with household data: counts are 0, shares have no denominator)
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, inRollback } from './as-role.ts'
import { loadFiguresFixture } from './figures-fixture.ts'
import {
  type Cell,
  cellLookup,
  cellsByRegion,
  FIXTURE_REGIONS,
  type FigureRow,
  readFigures,
} from './read-figures.ts'

const NA = 'tidak_ada'
const NB = 'tidak_berlaku'

const NEED: readonly FigureRow[] = [
  ['jumlah_kk_dtsen', 0, 35, 10, 40, 35, 50, 85],
  ['kk_desil_1', 0, 5, 5, 5, 5, 10, 15],
  // 5/35, 5/10, 5/40; Hilir 10/50, kabupaten 15/85
  ['persen_kk_desil_1', NA, 14.2857, 50, 12.5, 14.2857, 20, 17.6471],
  ['kk_desil_1_2', 0, 15, 5, 5, 15, 10, 25],
  ['persen_kk_desil_1_2', NA, 42.8571, 50, 12.5, 42.8571, 20, 29.4118],
  ['kk_desil_1_4', 0, 20, 5, 5, 20, 10, 30],
  ['persen_kk_desil_1_4', NA, 57.1429, 50, 12.5, 57.1429, 20, 35.2941],
  ['kk_miskin', 0, 20, 5, 5, 20, 10, 30],
  // members of poor households: A 5×4 + 5×3 + 5×5 + 5×2, B 5×4, C 5×3
  ['penduduk_miskin', 0, 70, 20, 15, 70, 35, 105],
  // over all DTSEN members: 70/110, 20/30, 15/85; Hilir 35/115, kabupaten 105/225
  ['persen_penduduk_miskin', NA, 63.6364, 66.6667, 17.6471, 63.6364, 30.4348, 46.6667],
  ['kk_miskin_ekstrem', 0, 5, 0, 0, 5, 0, 5],
  ['persen_kk_miskin_ekstrem', NA, 14.2857, 0, 0, 14.2857, 0, 5.8824],
  // shares of poor households: A farmers 10/20, fishers 5/20, small business 5/20; kabupaten 15, 10, 5 of 30
  ['persen_petani_miskin', NA, 50, 100, 0, 50, 50, 50],
  ['persen_nelayan_miskin', NA, 25, 0, 100, 25, 50, 33.3333],
  ['persen_umkm_miskin', NA, 25, 0, 0, 25, 0, 16.6667],
]

// Listed: A PKH = A1 + A2 (by NIK) + X (not in DTSEN), B PKH = B1 + X; BLT-DD does not apply to kelurahan.
// Coverage over desil 1–4 households, matched by KK or head's NIK: A PKH (A1, A2) 10/20, BPNT (A1) 5/20.
const COVERAGE: readonly FigureRow[] = [
  ['penerima_pkh', 0, 15, 10, 0, 15, 10, 25],
  ['penerima_bpnt', 0, 10, 0, 5, 10, 5, 15],
  ['penerima_blt_dd', NB, 5, 0, 0, 5, 0, 5],
  ['penerima_pbi_jkn', 0, 5, 0, 0, 5, 0, 5],
  ['penerima_pip', 0, 0, 0, 0, 0, 0, 0],
  ['cakupan_pkh', NA, 50, 100, 0, 50, 50, 50],
  ['cakupan_bpnt', NA, 25, 0, 100, 25, 50, 33.3333],
  ['cakupan_blt_dd', NB, 25, 0, 0, 25, 0, 16.6667],
  ['cakupan_pbi_jkn', NA, 25, 0, 0, 25, 0, 16.6667],
  ['cakupan_pip', NA, 0, 0, 0, 0, 0, 0],
]

const TARGETING: readonly FigureRow[] = [
  // recipient households in desil ≥ 5 / recipient households: A 5 (A5) of 20, kabupaten 5 of 30
  ['galat_inklusi', NA, 25, 0, 0, 25, 0, 16.6667],
  // desil 1–2 households receiving nothing / desil 1–2 households: A 5 (A3) of 15, kabupaten 5 of 25
  ['galat_eksklusi', NA, 33.3333, 0, 0, 33.3333, 0, 20],
  // desil 1–4 households receiving nothing / desil 1–4 households: A 5 (A3) of 20, B 0 of 5 (B1 has PKH),
  // C 0 of 5 (C1 has BPNT); Hilir 0 of 10, kabupaten 5 of 30
  ['persen_kk_desil_1_4_tanpa_bantuan', NA, 25, 0, 0, 25, 0, 16.6667],
]

const OVERLAPS: readonly FigureRow[] = [
  // two programs or more: A1 (PKH + BPNT) and A2 (BLT-DD + PKH)
  ['kk_bantuan_ganda', 0, 10, 0, 0, 10, 0, 10],
  // a disallowed pair per kombinasi_program: A2 only (PKH + BPNT is allowed)
  ['kk_kombinasi_terlarang', 0, 5, 0, 0, 5, 0, 5],
  // X listed for PKH in both A and B: counted in each village, so twice in the kabupaten
  ['duplikat_lintas_desa', 0, 5, 5, 0, 5, 5, 10],
  // C1 listed twice each for BPNT: 10 rows, 5 identities, 5 extra rows
  ['duplikat_dalam_program', 0, 0, 0, 5, 0, 5, 5],
]

// Pagu A Rp1.0 M, B 0.8 M, C 1.2 M; BLT-DD 0.20, 0.24, 0.12 M; realised 0.9, 0.4, 1.2 M; 2024 cap 25%.
// Per capita divides by desa population only: Hulu 1.0 M / 2000 (A), not / 3000 (A + kelurahan L).
const DANA_DESA: readonly FigureRow[] = [
  ['dana_desa', NB, 1e9, 8e8, 1.2e9, 1e9, 2e9, 3e9],
  ['alokasi_dasar', NB, 6e8, 4.8e8, 7.2e8, 6e8, 1.2e9, 1.8e9],
  ['alokasi_formula', NB, 2e8, 1.6e8, 2.4e8, 2e8, 4e8, 6e8],
  ['pagu_blt_dd', NB, 2e8, 2.4e8, 1.2e8, 2e8, 3.6e8, 5.6e8],
  ['dana_desa_per_kapita', NB, 500_000, 1_600_000, 800_000, 500_000, 1_000_000, 750_000],
  // over poor desa households: 1.0 M / 20, 0.8 M / 5, 1.2 M / 5; kabupaten 3.0 M / 30
  ['dana_desa_per_kk_miskin', NB, 5e7, 1.6e8, 2.4e8, 5e7, 2e8, 1e8],
  ['persen_blt_dd', NB, 20, 30, 10, 20, 18, 18.6667],
  // BLT-DD share / 25% cap: B's 30% is 120% of the cap
  ['persen_blt_dd_terhadap_batas', NB, 80, 120, 40, 80, 72, 74.6667],
  ['realisasi_dana_desa_persen', NB, 90, 50, 100, 90, 80, 83.3333],
]

// Population L 1000, A 2000, B 500, C 1500 on 10, 40, 25, 50 km²; IDM A 0.75 maju, B 0.65 berkembang,
// C 0.82 mandiri. A region's IDM score is the mean over its desa; a status belongs to a desa alone.
const PUBLIC_STATISTICS: readonly FigureRow[] = [
  ['penduduk', 1000, 2000, 500, 1500, 3000, 2000, 5000],
  ['luas_km2', 10, 40, 25, 50, 50, 75, 125],
  ['kepadatan', 100, 50, 20, 30, 60, 26.6667, 40],
  ['skor_idm', NB, 0.75, 0.65, 0.82, 0.75, 0.735, 0.74],
  // 1 sangat tertinggal … 5 mandiri
  ['status_idm', NB, 4, 3, 5, NB, NB, NB],
]

const FAMILIES: readonly [string, readonly FigureRow[]][] = [
  ['need (DTSEN)', NEED],
  ['aid coverage', COVERAGE],
  ['targeting errors', TARGETING],
  ['overlaps and duplicates', OVERLAPS],
  ['Dana Desa', DANA_DESA],
  ['population, area and IDM', PUBLIC_STATISTICS],
]

/** Defines the hand-computed figure tests; `db` returns the migrated and seeded database. */
export function describeFigures(db: () => SqlClient): void {
  describe('public.indikator_wilayah figures for 2024, worked out by hand', () => {
    let lookup: (tahun: number, kode: string, indikator: string) => Cell | string = () => 'not loaded'

    beforeAll(async () => {
      const figures = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await becomeRole(client, 'penerbit')
        return readFigures(client)
      })
      lookup = cellLookup(figures)
    })

    describe.each(FAMILIES)('%s', (_family, rows) => {
      it.each(rows)('%s for L, A, B, C, Hulu, Hilir and the kabupaten', (indikator, ...cells) => {
        const actual = FIXTURE_REGIONS.map((kode) => lookup(2024, kode, indikator))
        expect(cellsByRegion(actual)).toEqual(cellsByRegion(cells))
      })
    })
  })
}
