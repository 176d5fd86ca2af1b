/**
 * The five import files, declared as data: columns in the order of docs/data-formats.md, the rule each
 * cell must follow, which columns identify a person and which are pseudonymised, and how a file meets the
 * rows already stored. `parse-value.ts`, `row-rules.ts` and `validate-rows.ts` interpret these entries.
 */

/** The kinds of import file; each is also the value of `import_batches.jenis`. */
export const IMPORT_KINDS = ['keluarga', 'penerima_bantuan', 'penduduk', 'idm', 'dana_desa'] as const

/** One kind of import file. */
export type ImportKind = (typeof IMPORT_KINDS)[number]

/** Narrows an untrusted string (a CLI flag, a form field) to an import kind. */
export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value)
}

/** What a cell must hold. Bounds are inclusive. */
export type ColumnRule =
  /** 16 digits (NIK or nomor KK); stored as its keyed hash. */
  | { type: 'id16' }
  /** A Kemendagri village code `dd.dd.dd.dddd`, looked up in the region list. */
  | { type: 'kode_desa' }
  /** A whole number; without `max` only the storage type bounds it. */
  | { type: 'integer'; min: number; max?: number; storage: IntegerStorage }
  /** `0` or `1`, stored as a boolean. */
  | { type: 'flag' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'text'; minLength: number; maxLength: number }
  /** `YYYY-MM-DD`, a real calendar date, not after today. */
  | { type: 'date' }
  /** A decimal with a dot and at most `places` digits after it. */
  | { type: 'decimal'; min: number; max: number; places: number }
  /** A year or DTSEN period within {@link YEAR_RANGE} of the day the file is read. */
  | { type: 'year' }

/** The PostgreSQL type an integer column is stored in; it caps values the rule leaves open. */
export type IntegerStorage = 'smallint' | 'integer' | 'bigint'

/** Largest value per storage type. bigint is capped at 2^53 − 1, beyond which a JS number is inexact. */
export const INTEGER_STORAGE_MAX: Readonly<Record<IntegerStorage, number>> = {
  smallint: 32_767,
  integer: 2_147_483_647,
  bigint: Number.MAX_SAFE_INTEGER,
}

/** One column of an import file. */
export interface ColumnDef {
  /** Header name, also the database column. */
  name: string
  rule: ColumnRule
  /** An empty cell is allowed (stored as `null`). */
  isOptional: boolean
  /** Identifies a person (number, name, birth date). */
  isPersonal: boolean
  /** Stored as HMAC-SHA256 of the value, never the value itself; masked in messages. */
  isPseudonymised: boolean
}

/** One kind of file and how it is stored. */
export interface KindDef {
  kind: ImportKind
  /** Conventional file name, e.g. in the demo data. */
  fileName: string
  /** Target table in schema `public`. */
  table: string
  /** Personal data: planners only; pseudonymised; a file replaces the stored rows of its periods. */
  isPersonal: boolean
  /** Columns in the contract's order (a file may order them freely). */
  columns: readonly ColumnDef[]
  /** Public kinds: at most one row per key in a file; a file upserts by this key. */
  key: readonly string[]
  /** Personal kinds: stored rows with the same values of these columns are replaced by the file's. */
  replaceBy: readonly string[]
  /** Only villages of jenis `desa` may appear (kelurahan have no IDM and no Dana Desa). */
  isDesaOnly: boolean
}

/**
 * Years and periods an import accepts: from 2015 (the first DTSEN/IDM data the project knows; also the
 * tables' `check (… between 2015 and 2100)`) to next year (Dana Desa ceilings are published a year ahead);
 * anything later is a typo such as 2099 or 2205.
 */
export const YEAR_RANGE = { first: 2015, yearsAhead: 1 } as const

const YEAR: ColumnRule = { type: 'year' }
const COUNT: ColumnRule = { type: 'integer', min: 0, storage: 'integer' }
const RUPIAH: ColumnRule = { type: 'integer', min: 0, storage: 'bigint' }
const SCORE: ColumnRule = { type: 'decimal', min: 0, max: 1, places: 4 }
const NAME: ColumnRule = { type: 'text', minLength: 2, maxLength: 100 }
const IDM_STATUS: ColumnRule = {
  type: 'enum',
  values: ['mandiri', 'maju', 'berkembang', 'tertinggal', 'sangat_tertinggal'],
}

function column(name: string, rule: ColumnRule, flags: Partial<ColumnDef> = {}): ColumnDef {
  return { name, rule, isOptional: false, isPersonal: false, isPseudonymised: false, ...flags }
}

const identity = { isPersonal: true, isPseudonymised: true }
const personal = { isPersonal: true }
const optional = { isOptional: true }

/** Every kind, keyed by its name. Column rules mirror docs/data-formats.md and the table checks. */
export const KINDS: Readonly<Record<ImportKind, KindDef>> = {
  keluarga: {
    kind: 'keluarga',
    fileName: 'keluarga.csv',
    table: 'keluarga',
    isPersonal: true,
    columns: [
      column('id_keluarga', { type: 'id16' }, identity),
      column('kode_desa', { type: 'kode_desa' }),
      column('periode', YEAR),
      column('desil', { type: 'integer', min: 1, max: 10, storage: 'smallint' }),
      column('jumlah_anggota', { type: 'integer', min: 1, max: 30, storage: 'smallint' }),
      column('mata_pencaharian', { type: 'enum', values: ['petani', 'nelayan', 'umkm', 'buruh', 'lainnya'] }),
      column('miskin', { type: 'flag' }),
      column('miskin_ekstrem', { type: 'flag' }),
      column('nik_kepala', { type: 'id16' }, identity),
      column('nama_kepala', NAME, personal),
      column('tanggal_lahir_kepala', { type: 'date' }, personal),
    ],
    key: [],
    replaceBy: ['periode'],
    isDesaOnly: false,
  },
  penerima_bantuan: {
    kind: 'penerima_bantuan',
    fileName: 'penerima_bantuan.csv',
    table: 'penerima_bantuan',
    isPersonal: true,
    columns: [
      column('program', { type: 'enum', values: ['PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP'] }),
      column('tahun', YEAR),
      column('id_keluarga', { type: 'id16' }, { ...identity, isOptional: true }),
      column('nik', { type: 'id16' }, { ...identity, isOptional: true }),
      column('nama', NAME, { ...personal, isOptional: true }),
      column('tanggal_lahir', { type: 'date' }, { ...personal, isOptional: true }),
      column('kode_desa', { type: 'kode_desa' }),
      column('nilai_rp', RUPIAH),
    ],
    key: [],
    // Each program publishes its own list per year, so a PKH file must not wipe the BPNT rows.
    replaceBy: ['program', 'tahun'],
    isDesaOnly: false,
  },
  penduduk: {
    kind: 'penduduk',
    fileName: 'penduduk.csv',
    table: 'penduduk',
    isPersonal: false,
    columns: [
      column('kode_desa', { type: 'kode_desa' }),
      column('tahun', YEAR),
      column('jumlah_penduduk', COUNT),
      column('laki_laki', COUNT),
      column('perempuan', COUNT),
      column('jumlah_kk', COUNT),
    ],
    key: ['kode_desa', 'tahun'],
    replaceBy: [],
    isDesaOnly: false,
  },
  idm: {
    kind: 'idm',
    fileName: 'idm.csv',
    table: 'idm',
    isPersonal: false,
    columns: [
      column('kode_desa', { type: 'kode_desa' }),
      column('tahun', YEAR),
      column('skor_idm', SCORE),
      column('iks', SCORE),
      column('ike', SCORE),
      column('ikl', SCORE),
      column('status', IDM_STATUS),
    ],
    key: ['kode_desa', 'tahun'],
    replaceBy: [],
    isDesaOnly: true,
  },
  dana_desa: {
    kind: 'dana_desa',
    fileName: 'dana_desa.csv',
    table: 'dana_desa',
    isPersonal: false,
    columns: [
      column('kode_desa', { type: 'kode_desa' }),
      column('tahun', YEAR),
      column('pagu', RUPIAH),
      column('alokasi_dasar', RUPIAH),
      column('alokasi_afirmasi', RUPIAH),
      column('alokasi_kinerja', RUPIAH),
      column('alokasi_formula', RUPIAH),
      column('pagu_blt_dd', RUPIAH),
      column('realisasi_tahap_1', RUPIAH),
      column('realisasi_tahap_2', RUPIAH),
      column('realisasi_tahap_3', RUPIAH),
      // Data dasar: the formula inputs the allocation was computed from (optional: not every source has them).
      column('dasar_penduduk', COUNT, optional),
      column('dasar_penduduk_miskin', COUNT, optional),
      column('dasar_luas_km2', { type: 'decimal', min: 0, max: 100_000, places: 4 }, optional),
      column('dasar_ikg', SCORE, optional),
      column('dasar_status_idm', IDM_STATUS, optional),
      column('dasar_skor_kinerja', { type: 'decimal', min: -1, max: 1, places: 4 }, optional),
    ],
    key: ['kode_desa', 'tahun'],
    replaceBy: [],
    isDesaOnly: true,
  },
}

/** Header names of a kind, in the contract's order. */
export function columnNames(kind: ImportKind): string[] {
  return KINDS[kind].columns.map((def) => def.name)
}
