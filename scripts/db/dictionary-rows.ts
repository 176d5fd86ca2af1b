/**
 * The indicator dictionary (src/indicators/dictionary/) as the rows of `private.kamus_hitungan`,
 * `private.kamus_indikator` and the names of `public.program_bantuan`, and the SQL that turns one state of
 * those tables into another. `npm run gen:dictionary` (gen-dictionary.ts) compares the rows a freshly
 * migrated database holds with these and writes the difference as the next migration.
 */
import { COUNTS } from '../../src/indicators/dictionary/counts.ts'
import { INDICATORS } from '../../src/indicators/dictionary/indicators.ts'
import { PROGRAMS } from '../../src/indicators/dictionary/programs.ts'
import type { AppliesTo, Count, IndicatorEntry, ProgramEntry } from '../../src/indicators/dictionary/types.ts'

/** A value of a dictionary row as SQL holds it. */
export type SqlValue = string | number | boolean | null | readonly string[]

/** One row: column → value, in the table's column order. */
export type DictionaryRow = Readonly<Record<string, SqlValue>>

/** The rows of one table, and the columns they fill. */
export interface DictionaryTable {
  table: string
  key: string
  columns: readonly string[]
  rows: readonly DictionaryRow[]
}

const COUNT_COLUMNS = [
  'id',
  'sumber',
  'rahasia',
  'agregasi',
  'satuan',
  'desil',
  'miskin',
  'miskin_ekstrem',
  'mata_pencaharian',
  'program',
  'program_min',
  'program_maks',
  'terlarang',
  'lintas_desa',
  'perlu_penerima',
  'hanya_desa',
  'keterangan',
] as const

const INDICATOR_COLUMNS = [
  'id',
  'pembilang',
  'penyebut',
  'skala',
  'basis_pembilang',
  'basis_penyebut',
  'berlaku_di',
] as const

const PROGRAM_COLUMNS = ['kode', 'nama', 'nama_en', 'satuan', 'urutan'] as const

const BERLAKU_DI: Record<AppliesTo, string> = { all: 'semua', 'with-desa': 'ada_desa', desa: 'desa' }

/** One count as a `private.kamus_hitungan` row. */
export function countRow(count: Count): DictionaryRow {
  const none = {
    satuan: null,
    desil: null,
    miskin: null,
    miskin_ekstrem: null,
    mata_pencaharian: null,
    program: null,
    program_min: null,
    program_maks: null,
    terlarang: null,
    lintas_desa: null,
    perlu_penerima: false,
    hanya_desa: false,
  }
  if (count.source === 'sql') {
    return {
      id: count.id,
      sumber: 'sql',
      rahasia: count.secret,
      agregasi: count.aggregate === 'sum' ? 'jumlah' : 'desa',
      ...none,
      keterangan: count.description,
    }
  }
  const where = count.where
  return {
    id: count.id,
    sumber: 'sel',
    rahasia: true,
    agregasi: 'jumlah',
    ...none,
    satuan: count.unit,
    desil: where.desil ? [...where.desil] : null,
    miskin: where.miskin ?? null,
    miskin_ekstrem: where.miskinEkstrem ?? null,
    mata_pencaharian: where.livelihood ?? null,
    program: where.program ?? null,
    program_min: where.programs?.min ?? null,
    program_maks: where.programs?.max ?? null,
    terlarang: where.terlarang ?? null,
    lintas_desa: where.lintasDesa ?? null,
    perlu_penerima: count.needsRecipients ?? false,
    hanya_desa: count.desaOnly ?? false,
    keterangan: count.description,
  }
}

/** One indicator as a `private.kamus_indikator` row. */
export function indicatorRow(entry: IndicatorEntry): DictionaryRow {
  return {
    id: entry.id,
    pembilang: entry.numerator,
    penyebut: entry.denominator ?? null,
    skala: entry.scale ?? null,
    basis_pembilang: entry.basis?.numerator ?? null,
    basis_penyebut: entry.basis?.denominator ?? null,
    berlaku_di: BERLAKU_DI[entry.appliesTo],
  }
}

/** One program's names as `public.program_bantuan` must hold them. */
export function programRow(program: ProgramEntry, index: number): DictionaryRow {
  return {
    kode: program.code,
    nama: program.name.id,
    nama_en: program.name.en,
    satuan: program.satuan,
    urutan: index + 1,
  }
}

/** The whole dictionary, in the order the tables must be written (counts before the indicators). */
export function dictionaryTables(
  counts: readonly Count[] = COUNTS,
  indicators: readonly IndicatorEntry[] = INDICATORS,
  programs: readonly ProgramEntry[] = PROGRAMS,
): DictionaryTable[] {
  return [
    {
      table: 'public.program_bantuan',
      key: 'kode',
      columns: PROGRAM_COLUMNS,
      rows: programs.map(programRow),
    },
    { table: 'private.kamus_hitungan', key: 'id', columns: COUNT_COLUMNS, rows: counts.map(countRow) },
    {
      table: 'private.kamus_indikator',
      key: 'id',
      columns: INDICATOR_COLUMNS,
      rows: indicators.map(indicatorRow),
    },
  ]
}

/** A value as an SQL literal. */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`
  return `array[${value.map(sqlLiteral).join(', ')}]::text[]`
}

const sameRow = (a: DictionaryRow, b: DictionaryRow, columns: readonly string[]): boolean =>
  columns.every((column) => sqlLiteral(a[column] ?? null) === sqlLiteral(b[column] ?? null))

/** What differs between the rows a database holds and the dictionary's, per table. */
export interface TableChange {
  table: DictionaryTable
  upsert: DictionaryRow[]
  remove: string[]
}

/** The rows to write and to delete so that `current` becomes `wanted` (programs are only updated). */
export function diffTables(
  wanted: readonly DictionaryTable[],
  current: ReadonlyMap<string, readonly DictionaryRow[]>,
): TableChange[] {
  return wanted.map((table) => {
    const held = new Map((current.get(table.table) ?? []).map((row) => [String(row[table.key]), row]))
    const keys = new Set(table.rows.map((row) => String(row[table.key])))
    return {
      table,
      upsert: table.rows.filter((row) => {
        const old = held.get(String(row[table.key]))
        return !old || !sameRow(old, row, table.columns)
      }),
      remove:
        table.table === 'public.program_bantuan' ? [] : [...held.keys()].filter((key) => !keys.has(key)),
    }
  })
}

/** Whether a diff changes nothing. */
export function isUnchanged(changes: readonly TableChange[]): boolean {
  return changes.every((change) => change.upsert.length === 0 && change.remove.length === 0)
}

function upsertSql({ table, upsert }: TableChange): string {
  if (upsert.length === 0) return ''
  const { columns, key } = table
  if (table.table === 'public.program_bantuan') {
    // What the dictionary says of a program only: its conditions and benefits live in their own migrations.
    return upsert
      .map((row) => {
        const set = columns
          .filter((column) => column !== key)
          .map((column) => `${column} = ${sqlLiteral(row[column] ?? null)}`)
          .join(', ')
        return `update public.program_bantuan set ${set}\n  where ${key} = ${sqlLiteral(row[key] ?? null)};\n`
      })
      .join('')
  }
  const values = upsert
    .map((row) => `  (${columns.map((column) => sqlLiteral(row[column] ?? null)).join(', ')})`)
    .join(',\n')
  const updates = columns
    .filter((column) => column !== key)
    .map((column) => `${column} = excluded.${column}`)
    .join(', ')
  return `insert into ${table.table} (${columns.join(', ')}) values\n${values}\non conflict (${key}) do update set ${updates};\n`
}

function deleteSql({ table, remove }: TableChange): string {
  if (remove.length === 0) return ''
  return `delete from ${table.table} where ${table.key} in (${remove.map(sqlLiteral).join(', ')});\n`
}

/**
 * The migration that applies `changes`: program names, then counts (new ones before the indicators that
 * read them), indicators, and the deletions in the reverse order. Every statement can run twice.
 */
export function formatDictionaryMigration(changes: readonly TableChange[]): string {
  const header =
    '-- Generated by `npm run gen:dictionary` from src/indicators/dictionary/: the rows of the indicator\n' +
    '-- dictionary that changed (migration 20261207100000 made the tables). Do not edit; change the\n' +
    '-- dictionary and run it again. Every statement can run twice.\n'
  const upserts = changes.map(upsertSql).filter(Boolean)
  const deletes = [...changes].reverse().map(deleteSql).filter(Boolean)
  return [header, ...upserts, ...deletes].join('\n')
}
