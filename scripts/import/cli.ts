/**
 * Imports one CSV file into PostgreSQL/Supabase from the command line, through the same code a planner's
 * upload uses. Prints what was stored, or every problem in Bahasa Indonesia then English, and exits 1
 * when the file was refused (2 for a usage error).
 *
 *   PSEUDONYM_KEY=… tsx scripts/import/cli.ts --kind keluarga --file keluarga.csv --db-url postgres://…
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import en from '../../src/i18n/screens/impor.en.json' with { type: 'json' }
import id from '../../src/i18n/screens/impor.id.json' with { type: 'json' }
import { formatImportIssue, formatRemovalPlan, IMPORT_REFUSALS } from '../../src/import/import-messages.ts'
import { openPostgres, type SqlClient } from '../db/sql-client.ts'
import { IMPORT_USAGE, type ImportCliOptions, parseImportCli, UsageError } from './cli-options.ts'
import { ImportDatabaseError, ImportRefusedError, ImportRejectedError } from './import-errors.ts'
import { type ImportFileProgress, type ImportReport, importFile } from './import-file.ts'
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

/** How far an import is, in percent of its phase (reading: characters, writing: rows). */
function percentOf(progress: ImportFileProgress): number {
  return progress.total > 0 ? Math.min(100, Math.floor((100 * progress.done) / progress.total)) : 0
}

/**
 * A progress line in the workbench's own words (its screen dictionaries), e.g.
 * "Memeriksa baris… / Checking rows… 42 %", and the rows while writing.
 */
export function formatProgress(progress: ImportFileProgress): string {
  const phase = progress.phase === 'read' ? 'read' : 'commit'
  const rows = progress.phase === 'write' ? ` (${progress.done.toLocaleString('id-ID')} baris / rows)` : ''
  return `${id.progress[phase]} / ${en.progress[phase]} ${percentOf(progress)} %${rows}`
}

/** Prints progress to stderr: one line rewritten on a terminal, a line per 10 % otherwise (logs). */
function progressPrinter(): (progress: ImportFileProgress) => void {
  let lastStep = ''
  return (progress) => {
    const tty = process.stderr.isTTY
    const step = `${progress.phase}:${tty ? percentOf(progress) : Math.floor(percentOf(progress) / 10)}`
    if (step === lastStep) return
    lastStep = step
    const line = formatProgress(progress)
    process.stderr.write(tty ? `\r${line}\x1b[K${progress.done >= progress.total ? '\n' : ''}` : `${line}\n`)
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
  // The file is streamed (read in bounded memory, src/import/read-import-stream.ts), never read whole.
  let bytes: number
  try {
    const info = await stat(options.file)
    if (!info.isFile()) throw new Error('not a file')
    bytes = info.size
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
      stream: createReadStream(options.file, { highWaterMark: 1 << 20 }),
      bytes,
      excelCells: true,
      onProgress: progressPrinter(),
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
