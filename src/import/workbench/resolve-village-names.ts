/**
 * Turns a file's village names into `kode_desa`, chunk by chunk, between the CSV reader and the row
 * checks (read-import.ts `resolveChunk`). A row gets its code when its names match exactly, or when the
 * planner confirmed the proposed match (the confirmation names the code, so a changed region list cannot
 * carry it to another village). Every other row is refused with a problem naming file, row and column:
 * an unconfirmed proposal, an ambiguous or unknown name, a name of another kecamatan. Nothing is guessed.
 * Each distinct pair of names is listed once, with its rows, for the screen to confirm.
 */
import { createIssueMaker, type ImportIssue, type IssueCode, type IssueParams } from '../import-issue.ts'
import { type ImportKind, KINDS } from '../import-kinds.ts'
import type { CsvChunk, CsvRecord } from '../parse-csv.ts'
import {
  createVillageMatcher,
  type NamedVillage,
  namePairKey,
  type VillageNameMatch,
  type VillageRef,
} from './match-village-names.ts'
import { NAMA_DESA, NAMA_KECAMATAN } from './village-name-columns.ts'

/** Code per pair key (match-village-names.ts `namePairKey`) of the matches the planner confirmed. */
export type ConfirmedNames = Readonly<Record<string, string>>

/** One distinct pair of names in the file and what became of it. */
export interface NameResolution {
  key: string
  /** The names as first written in the file. */
  desa: string
  kecamatan: string | null
  match: VillageNameMatch
  /** A proposal the planner confirmed. */
  isConfirmed: boolean
  rows: number
  firstRow: number
}

/** Options of {@link createNameResolver}. */
export interface NameResolverOptions {
  kind: ImportKind
  fileName: string
  villages: readonly NamedVillage[]
  confirmed: ConfirmedNames
  /** The file has a kecamatan column (read after the village name). */
  hasKecamatan: boolean
}

const describeVillage = (village: VillageRef): string =>
  `${village.nama} (${village.kode}, Kec. ${village.kecamatan})`

/** Records whose kind columns lack `kode_desa`, then hold the village and kecamatan names. */
export function createNameResolver(options: NameResolverOptions): {
  resolveChunk(chunk: CsvChunk): CsvChunk
  resolutions(): NameResolution[]
} {
  const { fileName, confirmed, hasKecamatan } = options
  const matcher = createVillageMatcher(options.villages)
  const kodeIndex = KINDS[options.kind].columns.findIndex((column) => column.name === 'kode_desa')
  if (kodeIndex < 0) throw new Error(`${options.kind}: no kode_desa column to resolve names into`)
  const seen = new Map<string, NameResolution>()

  const issue = createIssueMaker(fileName)

  /** The record with its code in place, or the problem that refuses it. */
  function resolve(record: CsvRecord): CsvRecord | ImportIssue {
    const own = record.cells.slice(0, -(hasKecamatan ? 2 : 1))
    const desa = record.cells[own.length] as string
    const kecamatan = hasKecamatan ? (record.cells[own.length + 1] as string) : null
    if (desa === '') return issue(record.row, NAMA_DESA.name, '', 'required', {})
    if (kecamatan === '') return issue(record.row, NAMA_KECAMATAN.name, '', 'required', {})
    const key = namePairKey(desa, kecamatan)
    const match = matcher.match(desa, kecamatan)
    const isConfirmed = match.status === 'proposed' && confirmed[key] === match.village.kode
    const entry = seen.get(key)
    if (entry) entry.rows++
    else seen.set(key, { key, desa, kecamatan, match, isConfirmed, rows: 1, firstRow: record.row })
    const at = (code: IssueCode, params: IssueParams = {}) =>
      issue(record.row, NAMA_DESA.name, desa, code, params)
    const kecamatanParam = { kecamatan: kecamatan ?? '' }
    switch (match.status) {
      case 'exact':
      case 'proposed': {
        if (match.status === 'proposed' && !isConfirmed) {
          return at('desa_name_unconfirmed', { match: describeVillage(match.village) })
        }
        const cells = [...own]
        cells.splice(kodeIndex, 0, match.village.kode)
        return { row: record.row, cells }
      }
      case 'ambiguous':
        return at('desa_name_ambiguous', { candidates: match.candidates.map(describeVillage).join('; ') })
      case 'wrong_kecamatan':
        return at('desa_wrong_kecamatan', {
          ...kecamatanParam,
          found: match.found.map((village) => `Kec. ${village.kecamatan} (${village.kode})`).join('; '),
        })
      case 'kecamatan_unknown':
        return issue(record.row, NAMA_KECAMATAN.name, kecamatan ?? '', 'kecamatan_name_unknown', {
          ...(match.candidates.length > 0 ? { candidates: match.candidates.join('; ') } : {}),
        })
      case 'unknown':
        return at('desa_name_unknown', kecamatanParam)
    }
  }

  return {
    resolveChunk(chunk) {
      const records: CsvRecord[] = []
      const issues = [...chunk.issues]
      for (const record of chunk.records) {
        const resolved = resolve(record)
        if ('cells' in resolved) records.push(resolved)
        else issues.push(resolved)
      }
      // The validator merges records and line issues in row order.
      issues.sort((a, b) => a.row - b.row)
      return { ...chunk, records, issues }
    },
    resolutions: () => [...seen.values()],
  }
}
