/**
 * Which import kind a file is and which of its columns is which, proposed from its header and corrected
 * by the planner. A header cell matches a contract column by its normalised name (case, spaces,
 * punctuation and accents ignored) or by a synonym (column-synonyms.ts). The kind whose required columns
 * are best covered wins. The result is a mapping per file column: the contract column it holds, or
 * `null` (ignored). `parse-csv.ts` reads the file through it, so every rule of `src/import` still applies.
 * A file may name its villages (`nama_desa`, with `nama_kecamatan`) instead of coding them: then
 * `kode_desa` counts as found (village-name-columns.ts).
 */
import { IMPORT_KINDS, type ImportKind, KINDS } from '../import-kinds.ts'
import { COLUMN_SYNONYMS } from './column-synonyms.ts'
import { mappableColumns, NAMA_DESA } from './village-name-columns.ts'

/** Per file column (in file order), the contract column it holds or `null` to ignore it. */
export type ColumnMapping = (string | null)[]

/** A proposal for one kind. */
export interface MappingProposal {
  kind: ImportKind
  mapping: ColumnMapping
  /** Required contract columns no file column maps to. */
  missing: string[]
  /** Share of the kind's columns found (0..1), the ranking score. */
  score: number
}

/** `NIK KRT` → `nik_krt`; `Kode Desa/Kelurahan` → `kode_desa_kelurahan`; `Tgl. Lahir` → `tgl_lahir`. */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

/** The contract column `header` names for `kind`, or null. */
function matchColumn(kind: ImportKind, header: string): string | null {
  const name = normaliseHeader(header)
  if (name === '') return null
  for (const column of mappableColumns(kind)) {
    if (column.name === name || COLUMN_SYNONYMS[column.name]?.includes(name)) return column.name
  }
  return null
}

/**
 * The mapping `header` suggests for `kind`. Two cells naming one column both map to it, so the reader
 * refuses the header (`duplicate_column`) until the planner ignores one: taking either silently could
 * read the wrong values.
 */
export function proposeMapping(kind: ImportKind, header: readonly string[]): MappingProposal {
  const taken = new Set<string>()
  const mapping = header.map((cell) => {
    const column = matchColumn(kind, cell)
    if (column !== null) taken.add(column)
    return column
  })
  const columns = KINDS[kind].columns
  return { kind, mapping, missing: missingColumns(kind, taken), score: taken.size / columns.length }
}

/** Required columns of `kind` none of `taken` provides; a village name provides `kode_desa`. */
function missingColumns(kind: ImportKind, taken: ReadonlySet<string>): string[] {
  const has = (name: string) => taken.has(name) || (name === 'kode_desa' && taken.has(NAMA_DESA.name))
  return KINDS[kind].columns.filter((def) => !def.isOptional && !has(def.name)).map((def) => def.name)
}

/**
 * Every kind's proposal, best first: the most required columns found, then the highest share of all
 * columns (so a keluarga file is not taken for penduduk because both hold kode_desa).
 */
export function rankKinds(header: readonly string[]): MappingProposal[] {
  return IMPORT_KINDS.map((kind) => proposeMapping(kind, header)).sort(
    (a, b) => a.missing.length - b.missing.length || b.score - a.score,
  )
}

/** What a mapping still lacks or doubles, for the screen to show before the file is read. */
export function mappingProblems(
  kind: ImportKind,
  mapping: ColumnMapping,
): { missing: string[]; doubled: string[] } {
  const counts = new Map<string, number>()
  for (const column of mapping) if (column !== null) counts.set(column, (counts.get(column) ?? 0) + 1)
  return {
    missing: missingColumns(kind, new Set(counts.keys())),
    doubled: [...counts].filter(([, count]) => count > 1).map(([name]) => name),
  }
}

/**
 * The key a confirmed mapping is remembered under: the kind and the file's normalised header, so the
 * next export from the same source (same columns) gets the same mapping.
 */
export function mappingSourceKey(kind: ImportKind, header: readonly string[]): string {
  return `${kind}:${header.map(normaliseHeader).join('|')}`
}
