/**
 * Checks across the cells of one row (sums, implications, the IDM status), per kind. Each rule sees the
 * parsed values and runs only when every cell it reads parsed, so one typo gives one message, not two.
 * The same rules are table checks in supabase/migrations; checking here names the row and column.
 */
import type { IssueCode, IssueParams } from './import-issue.ts'
import type { ImportKind } from './import-kinds.ts'
import type { CellValue } from './parse-value.ts'

/** A parsed row, keyed by column name. */
export type ParsedRow = Readonly<Record<string, CellValue>>

/** A broken rule: the column to point at and the message parameters. */
export interface RowProblem {
  column: string
  code: IssueCode
  params: IssueParams
}

/** One rule: the columns it reads and the check itself. */
export interface RowRule {
  reads: readonly string[]
  check: (row: ParsedRow) => RowProblem | null
}

/** IDM status thresholds of Permendes PDTT 2/2016: a score above the bound earns the status. */
export const IDM_THRESHOLDS = [
  { status: 'mandiri', above: 0.8155 },
  { status: 'maju', above: 0.7072 },
  { status: 'berkembang', above: 0.5989 },
  { status: 'tertinggal', above: 0.4907 },
] as const

/** The IDM status a score earns. */
export function idmStatusFor(score: number): string {
  return IDM_THRESHOLDS.find((threshold) => score > threshold.above)?.status ?? 'sangat_tertinggal'
}

/**
 * Allowed gap between skor_idm and the mean of its three indices: published scores are rounded to four
 * decimals, and Kemendesa rounds the indices and the score separately (gaps up to 0.0002 are seen in published data). The 1e-9
 * absorbs binary floating-point error in the mean.
 */
export const IDM_MEAN_TOLERANCE = 0.0002

const num = (row: ParsedRow, name: string): number => row[name] as number

/** A rule with no message parameters: `code` at `column` whenever `isBroken(row)`. */
function flagRule(
  reads: readonly string[],
  column: string,
  code: IssueCode,
  isBroken: (row: ParsedRow) => boolean,
): RowRule {
  return { reads, check: (row) => (isBroken(row) ? { column, code, params: {} } : null) }
}

/** `total` must equal the sum of `parts`. */
function sumRule(total: string, parts: readonly string[]): RowRule {
  return {
    reads: [total, ...parts],
    check(row) {
      const sum = parts.reduce((acc, part) => acc + num(row, part), 0)
      return num(row, total) === sum
        ? null
        : { column: total, code: 'sum_mismatch', params: { terms: parts.join(' + '), sum } }
    },
  }
}

/** The sum of `parts` must not exceed `limit`; the message points at the last part. */
function atMostRule(parts: readonly string[], limit: string): RowRule {
  return {
    reads: [...parts, limit],
    check(row) {
      const sum = parts.reduce((acc, part) => acc + num(row, part), 0)
      if (sum <= num(row, limit)) return null
      const params = { terms: parts.join(' + '), sum, limit_column: limit, limit: num(row, limit) }
      return { column: parts[parts.length - 1] ?? limit, code: 'exceeds', params }
    },
  }
}

/** `rule`, skipped when one of the (optional) cells it reads is empty. */
function whenGiven(rule: RowRule): RowRule {
  return {
    reads: rule.reads,
    check: (row) =>
      rule.reads.some((name) => row[name] === null || row[name] === undefined) ? null : rule.check(row),
  }
}

/** Rules per kind; a kind without cross-cell rules has an empty list. */
export const ROW_RULES: Readonly<Record<ImportKind, readonly RowRule[]>> = {
  keluarga: [
    flagRule(
      ['miskin', 'miskin_ekstrem'],
      'miskin_ekstrem',
      'extreme_not_poor',
      (row) => row.miskin_ekstrem === true && row.miskin === false,
    ),
  ],
  penerima_bantuan: [
    flagRule(
      ['id_keluarga', 'nik'],
      'id_keluarga',
      'identity_missing',
      (row) => row.id_keluarga === null && row.nik === null,
    ),
  ],
  penduduk: [sumRule('jumlah_penduduk', ['laki_laki', 'perempuan'])],
  idm: [
    {
      reads: ['skor_idm', 'iks', 'ike', 'ikl'],
      check(row) {
        const mean = (num(row, 'iks') + num(row, 'ike') + num(row, 'ikl')) / 3
        return Math.abs(num(row, 'skor_idm') - mean) <= IDM_MEAN_TOLERANCE + 1e-9
          ? null
          : { column: 'skor_idm', code: 'idm_mean', params: { mean: mean.toFixed(4) } }
      },
    },
    {
      reads: ['skor_idm', 'status'],
      check(row) {
        const expected = idmStatusFor(num(row, 'skor_idm'))
        return row.status === expected
          ? null
          : { column: 'status', code: 'idm_status', params: { score: num(row, 'skor_idm'), expected } }
      },
    },
  ],
  dana_desa: [
    sumRule('pagu', ['alokasi_dasar', 'alokasi_afirmasi', 'alokasi_kinerja', 'alokasi_formula']),
    atMostRule(['pagu_blt_dd'], 'pagu'),
    atMostRule(['realisasi_tahap_1', 'realisasi_tahap_2', 'realisasi_tahap_3'], 'pagu'),
    whenGiven(atMostRule(['dasar_penduduk_miskin'], 'dasar_penduduk')),
  ],
}
