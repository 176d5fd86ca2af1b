/**
 * Import problems as sentences, Bahasa Indonesia and English: "keluarga.csv baris 14, kolom desil: nilai
 * "11" harus bilangan bulat 1–10." Where (file, row, column) comes first; what is wrong comes from the
 * code's template in `issue-templates.ts`.
 */
import type { Language } from '../lib/language.ts'
import type { ImportIssue } from './import-issue.ts'
import { ISSUE_TEMPLATES } from './issue-templates.ts'

const WHERE: Readonly<Record<Language, { row: string; column: string }>> = {
  id: { row: 'baris', column: 'kolom' },
  en: { row: 'row', column: 'column' },
}

/** One issue as a sentence: where (file, row, column), then what is wrong. */
export function formatImportIssue(issue: ImportIssue, language: Language): string {
  const words = WHERE[language]
  let where = issue.file
  if (issue.row > 0) where += ` ${words.row} ${issue.row}`
  if (issue.column !== '') where += `${issue.row > 0 ? ',' : ''} ${words.column} ${issue.column}`
  const param = (name: string) => String(issue.params[name] ?? '')
  return `${where}: ${ISSUE_TEMPLATES[issue.code][language](issue, param)}`
}

/**
 * One dropped row's problem as `import_batches.baris_ditolak` keeps it: the issue plus its message in both
 * languages (the CLI and the workbench write the same entries).
 */
export function toAuditEntry(issue: ImportIssue): ImportIssue & { pesan: string; message: string } {
  return { ...issue, pesan: formatImportIssue(issue, 'id'), message: formatImportIssue(issue, 'en') }
}

/** Options of {@link formatIssueReport}. */
export interface IssueReportInput {
  file: string
  issues: readonly ImportIssue[]
  /** All problems, when more were found than listed. */
  issueCount: number
  rejectedRows: number
}

/**
 * A multi-line report for a terminal or a log: a summary, then each listed issue in Bahasa Indonesia
 * with its English translation indented below it, then how many more were not listed.
 */
export function formatIssueReport(input: IssueReportInput): string {
  const { file, issues, issueCount, rejectedRows } = input
  const lines = [
    `${file} ditolak: ${issueCount} masalah${rejectedRows > 0 ? ` di ${rejectedRows} baris` : ''}; tidak ada yang disimpan.`,
    `${file} rejected: ${issueCount} problem(s)${rejectedRows > 0 ? ` in ${rejectedRows} row(s)` : ''}; nothing was saved.`,
  ]
  for (const issue of issues) {
    lines.push(`- ${formatImportIssue(issue, 'id')}`, `  ${formatImportIssue(issue, 'en')}`)
  }
  const unlisted = issueCount - issues.length
  if (unlisted > 0) {
    lines.push(
      `… dan ${unlisted} masalah lain tidak ditampilkan.`,
      `  … and ${unlisted} more problems not shown.`,
    )
  }
  return lines.join('\n')
}

/** What an import would remove, as import-scope.ts plans it (mirrored here so the browser can use it). */
export interface RemovalSummary {
  rows: number
  villages: number
  villagesNotInFile: number
  wholePeriods: boolean
}

/** "will remove N rows of M villages" in both languages, Bahasa Indonesia first. */
export function formatRemovalPlan(file: string, plan: RemovalSummary): string {
  const scope = plan.wholePeriods
    ? { id: 'seluruh periode file ini', en: 'every stored row of the periods in this file' }
    : {
        id: 'pasangan periode dan desa yang ada di file ini',
        en: 'the period and village pairs this file holds',
      }
  const empty =
    plan.villagesNotInFile > 0
      ? {
          id: `; ${plan.villagesNotInFile} desa di antaranya tidak ada di file dan akan kosong`,
          en: `; ${plan.villagesNotInFile} of them are not in the file and will be left empty`,
        }
      : { id: '', en: '' }
  return [
    `${file}: akan menghapus ${plan.rows} baris dari ${plan.villages} desa (${scope.id})${empty.id}.`,
    `${file}: will remove ${plan.rows} rows of ${plan.villages} villages (${scope.en})${empty.en}.`,
  ].join('\n')
}

/** Sentences of imports refused before any row was written (bilingual, with file name). */
export const IMPORT_REFUSALS = {
  keyMismatch: (file: string): string =>
    `${file}: kunci pseudonimisasi (PSEUDONYM_KEY) ini bukan kunci yang dipakai impor pertama basis data ini, ` +
    'jadi NIK/KK yang sama akan tampak sebagai orang lain. Pakai kunci organisasi yang sama. Tidak ada yang disimpan.\n' +
    `${file}: this pseudonymisation key (PSEUDONYM_KEY) is not the one this database's first import used, so ` +
    "the same NIK/KK would look like a different person. Use the organisation's same key. Nothing was saved.",
  notConfirmed: (file: string, plan: RemovalSummary): string =>
    `${formatRemovalPlan(file, plan)}\n` +
    `${file}: penghapusan ini belum dikonfirmasi dengan jumlah barisnya (${plan.rows}); tidak ada yang disimpan.\n` +
    `${file}: this removal was not confirmed with its row count (${plan.rows}); nothing was saved.`,
  confirmHint: (rows: number): string =>
    `Untuk melanjutkan, ulangi dengan --confirm-remove ${rows}. / To go ahead, run again with --confirm-remove ${rows}.`,
  confirmPrompt: 'Ketik "ya" untuk melanjutkan / type "yes" to go ahead: ',
} as const
