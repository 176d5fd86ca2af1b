/**
 * Imports one CSV file into PostgreSQL/Supabase from the command line, through the same code a planner's
 * upload uses. Prints what was stored, or every problem in Bahasa Indonesia then English, and exits 1
 * when the file was refused (2 for a usage error).
 *
 *   PSEUDONYM_KEY=… tsx scripts/import/cli.ts --kind keluarga --file keluarga.csv --db-url postgres://…
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { formatImportIssue, formatRemovalPlan, IMPORT_REFUSALS } from '../../src/import/import-messages.ts'
import { openPostgres, type SqlClient } from '../db/sql-client.ts'
import { IMPORT_USAGE, type ImportCliOptions, parseImportCli, UsageError } from './cli-options.ts'
import { ImportDatabaseError, ImportRefusedError, ImportRejectedError } from './import-errors.ts'
import { type ImportReport, importFile } from './import-file.ts'
import type { RemovalPlan } from './import-scope.ts'

/** The report as two lines, Bahasa Indonesia first. */
export function formatReport(report: ImportReport): string {
  const seconds = report.seconds.toFixed(1)
  const lines = [
    `${report.fileName}: ${report.rows} baris disimpan (batch ${report.batchId}), ${report.rejected.length} masalah ` +
      `dilewati, ${report.replacedRows} baris lama diganti${villagesOf(report, 'desa')}, ${seconds} s.`,
    `${report.fileName}: ${report.rows} rows stored (batch ${report.batchId}), ${report.rejected.length} problems ` +
      `dropped, ${report.replacedRows} stored rows replaced${villagesOf(report, 'villages')}, ${seconds} s.`,
  ]
  for (const issue of report.rejected) {
    lines.push(`- ${formatImportIssue(issue, 'id')}`, `  ${formatImportIssue(issue, 'en')}`)
  }
  return lines.join('\n')
}

function villagesOf(report: ImportReport, word: string): string {
  return report.replacedVillages > 0 ? ` (${report.replacedVillages} ${word})` : ''
}

/**
 * Whether a whole-period removal may go ahead: --confirm-remove N must equal the planned row count, or
 * the user answers yes on a terminal after seeing the plan; otherwise it refuses (the refusal names the
 * plan and says how to confirm).
 */
async function confirmOnCommandLine(
  options: Pick<ImportCliOptions, 'file' | 'confirmRemove'>,
  plan: RemovalPlan,
): Promise<boolean> {
  // A refusal's message repeats the plan, so the plan is printed here only when the import goes ahead.
  const file = path.basename(options.file)
  if (options.confirmRemove !== undefined) {
    if (options.confirmRemove === plan.rows) console.log(formatRemovalPlan(file, plan))
    return options.confirmRemove === plan.rows
  }
  if (!process.stdin.isTTY) {
    console.error(IMPORT_REFUSALS.confirmHint(plan.rows))
    return false
  }
  console.log(formatRemovalPlan(file, plan))
  const prompt = createInterface({ input: process.stdin, output: process.stdout })
  try {
    return /^(ya|yes)$/i.test((await prompt.question(IMPORT_REFUSALS.confirmPrompt)).trim())
  } finally {
    prompt.close()
  }
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseImportCli>
  try {
    options = parseImportCli(process.argv.slice(2), process.env, process.cwd())
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${IMPORT_USAGE}`)
    return 2
  }
  if (options === 'help') {
    console.log(IMPORT_USAGE)
    return 0
  }
  let text: string
  try {
    text = await readFile(options.file, 'utf8')
  } catch (error) {
    console.error(`File tidak terbaca / Cannot read file ${options.file}: ${(error as Error).message}`)
    return 1
  }
  let db: SqlClient | undefined
  try {
    db = await openPostgres(options.dbUrl)
    const report = await importFile(db, {
      kind: options.kind,
      fileName: path.basename(options.file),
      text,
      pseudonymKey: options.pseudonymKey,
      source: options.source,
      dropRejected: options.dropRejected,
      replacePeriod: options.replacePeriod,
      confirmRemoval: (plan) => confirmOnCommandLine(options, plan),
    })
    console.log(formatReport(report))
    return 0
  } catch (error) {
    if (
      error instanceof ImportRejectedError ||
      error instanceof ImportDatabaseError ||
      error instanceof ImportRefusedError
    ) {
      console.error(error.message)
      return 1
    }
    throw error
  } finally {
    await db?.close()
  }
}

process.exitCode = await main()
