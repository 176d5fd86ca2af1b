/**
 * Every count an indicator is computed from. A household or person count is a predicate over the
 * elementary cells (`terbit.sel_keluarga`): SQL sums the matching cells (`private.hitungan_sel`) and the
 * publish step sums the same cells after rounding them (`scripts/data/disclosure/cells.ts`), both from
 * these declarations. Every other count is one SQL expression in `private.hitungan_lain` (or the area
 * in `private.wilayah_tahun`), declared here by id.
 *
 * Pure declarations (declarations may run long; logic may not).
 */
import { PROGRAMS } from './programs.ts'
import type { CellCount, CellPredicate, Count, SqlCount } from './types.ts'

const DESIL_1_4 = ['1', '2', '3-4'] as const

const households = (id: string, where: CellPredicate, description: string): CellCount => ({
  id,
  source: 'cells',
  unit: 'kk',
  where,
  description,
})
const withRecipients = (count: CellCount): CellCount => ({ ...count, needsRecipients: true })
const sql = (id: string, description: string, secret = false): SqlCount => ({
  id,
  source: 'sql',
  secret,
  aggregate: 'sum',
  description,
})
const desaValue = (id: string, description: string): SqlCount => ({
  ...sql(id, description),
  aggregate: 'desa',
})

/** The household and person counts, sums of elementary cells. */
export const CELL_COUNT_ENTRIES: readonly CellCount[] = [
  households('kk_dtsen', {}, 'DTSEN households'),
  {
    id: 'anggota_dtsen',
    source: 'cells',
    unit: 'jiwa',
    where: {},
    description: 'members of DTSEN households',
  },
  households('kk_desil_1', { desil: ['1'] }, 'households in desil 1'),
  households('kk_desil_1_2', { desil: ['1', '2'] }, 'households in desil 1–2'),
  households('kk_desil_1_4', { desil: DESIL_1_4 }, 'households in desil 1–4'),
  households('kk_miskin', { miskin: true }, 'poor households'),
  {
    ...households('kk_miskin_desa', { miskin: true }, 'poor households of a desa (none of a kelurahan)'),
    desaOnly: true,
  },
  {
    id: 'penduduk_miskin',
    source: 'cells',
    unit: 'jiwa',
    where: { miskin: true },
    description: 'members of poor households',
  },
  households('kk_miskin_ekstrem', { miskinEkstrem: true }, 'extremely poor households'),
  households('kk_miskin_petani', { miskin: true, livelihood: 'petani' }, 'poor households of farmers'),
  households('kk_miskin_nelayan', { miskin: true, livelihood: 'nelayan' }, 'poor households of fishers'),
  households('kk_miskin_umkm', { miskin: true, livelihood: 'umkm' }, 'poor households of micro-businesses'),
  ...PROGRAMS.map((program) =>
    withRecipients(
      households(
        `kk_desil_1_4_${program.id}`,
        { desil: DESIL_1_4, program: program.code },
        `households in desil 1–4 holding ${program.code}`,
      ),
    ),
  ),
  withRecipients(households('kk_penerima', { programs: { min: 1 } }, 'households holding any program')),
  withRecipients(
    households(
      'kk_penerima_desil_5_10',
      { desil: ['5-10'], programs: { min: 1 } },
      'households in desil 5–10 holding any program',
    ),
  ),
  withRecipients(
    households(
      'kk_desil_1_2_tanpa_bantuan',
      { desil: ['1', '2'], programs: { max: 0 } },
      'households in desil 1–2 holding no program',
    ),
  ),
  withRecipients(
    households(
      'kk_desil_1_4_tanpa_bantuan',
      { desil: DESIL_1_4, programs: { max: 0 } },
      'households in desil 1–4 holding no program',
    ),
  ),
  withRecipients(
    households('kk_bantuan_ganda', { programs: { min: 2 } }, 'households holding two programs or more'),
  ),
  withRecipients(
    households('kk_kombinasi_terlarang', { terlarang: true }, 'households holding a disallowed pair'),
  ),
  households(
    'kk_duplikat_lintas_desa',
    { lintasDesa: true },
    'households whose head heads one in another desa',
  ),
]

/** The counts SQL computes by expression. */
export const SQL_COUNT_ENTRIES: readonly SqlCount[] = [
  sql('luas_km2', 'boundary polygon area, km² (private.wilayah_tahun)'),
  sql('penduduk', 'residents (public.penduduk)'),
  sql('jumlah_kk', 'households (public.penduduk)'),
  sql('penduduk_desa', 'residents of a desa (none of a kelurahan)'),
  ...PROGRAMS.map((program) =>
    sql(`penerima_${program.id}`, `distinct identities listed for ${program.code}`, true),
  ),
  sql('duplikat_dalam_program', 'extra listings of an identity in one program and year', true),
  sql('duplikat_lintas_desa', 'identities listed for one program and year in another desa too', true),
  sql('skor_idm_jumlah', 'sum of the IDM scores of the desa'),
  sql('jumlah_desa_idm', 'desa with an IDM score'),
  desaValue('status_idm', 'IDM status of a desa, 1 sangat tertinggal … 5 mandiri'),
  sql('dana_desa', 'Dana Desa allocation'),
  sql('alokasi_dasar', 'basic allocation'),
  sql('alokasi_afirmasi', 'affirmative allocation'),
  sql('alokasi_kinerja', 'performance allocation'),
  sql('alokasi_formula', 'formula allocation'),
  sql('pagu_blt_dd', 'BLT-DD budget'),
  sql('batas_blt_dd_rp', 'the most BLT-DD may take: allocation × that year’s cap'),
  sql('realisasi_dana_desa', 'disbursed in stages I–III'),
  sql('realisasi_tahap_1', 'disbursed in stage I'),
  sql('realisasi_tahap_2', 'disbursed in stage II'),
  sql('realisasi_tahap_3', 'disbursed in stage III'),
  desaValue('dasar_penduduk', 'formula input: residents'),
  desaValue('dasar_penduduk_miskin', 'formula input: poor residents'),
  desaValue('dasar_luas_km2', 'formula input: area'),
  desaValue('dasar_ikg', 'formula input: geographic difficulty index'),
  desaValue('dasar_status_idm', 'formula input: IDM status, 1 … 5'),
  desaValue('dasar_skor_kinerja', 'formula input: performance score'),
]

/** Every count, cells first. */
export const COUNTS: readonly Count[] = [...CELL_COUNT_ENTRIES, ...SQL_COUNT_ENTRIES]
