/** Command-line flags and environment of `scripts/import/cli.ts`, parsed into plain options (pure, tested). */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { IMPORT_KINDS, type ImportKind, isImportKind, KINDS } from '../../src/import/import-kinds.ts'

/** What the command line asked for. */
export interface ImportCliOptions {
  kind: ImportKind
  /** Absolute path of the CSV file. */
  file: string
  dbUrl: string
  pseudonymKey: string | undefined
  source: 'impor' | 'demo'
  dropRejected: boolean
  /** Replace every stored row of the file's periods, not only its (period, village) pairs. */
  replacePeriod: boolean
  /** The row count the user confirms for a whole-period removal; undefined: ask interactively. */
  confirmRemove: number | undefined
}

/** Usage text, printed with every usage error and by `--help`. */
export const IMPORT_USAGE = `Pemakaian / Usage: tsx scripts/import/cli.ts --kind <jenis> --file <file.csv> --db-url <postgres://…>
  --kind <jenis>     ${IMPORT_KINDS.join(' | ')}
  --file <path>      CSV file in the format of docs/data-formats.md
  --db-url <url>     PostgreSQL/Supabase to import into (migrations and regions must be loaded)
  --drop-rejected    store the good rows, record the rejected ones in import_batches.baris_ditolak
  --source demo      mark the batch as generated demo data (default: impor)
  --replace-period   personal data: replace every stored row of the file's periods, not only the villages
                     it holds; prints "will remove N rows of M villages" and asks to confirm
  --confirm-remove N confirm that whole-period removal without asking (N must be exactly that count)
Environment: PSEUDONYM_KEY (at least 16 characters; required for ${IMPORT_KINDS.filter((kind) => KINDS[kind].isPersonal).join(', ')})`

/** A usage problem: the message says what is wrong; the CLI prints it with the usage text. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Parses argv (without node and script) and the environment; throws UsageError when something is off. */
export function parseImportCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): ImportCliOptions | 'help' {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(argv).values
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values.help) return 'help'
  if (!isImportKind(values.kind)) {
    throw new UsageError(
      `--kind harus salah satu dari / must be one of: ${IMPORT_KINDS.join(', ')} (diberikan / given: ${values.kind ?? 'none'})`,
    )
  }
  if (!values.file) throw new UsageError('--file wajib diisi. / --file is required.')
  if (!values['db-url']) {
    throw new UsageError(
      'Tidak ada basis data: beri --db-url postgres://… / No database: pass --db-url postgres://…',
    )
  }
  if (values.source !== undefined && values.source !== 'impor' && values.source !== 'demo') {
    throw new UsageError(`--source: impor | demo (diberikan / given: ${values.source})`)
  }
  const confirmText = values['confirm-remove']
  if (confirmText !== undefined && !/^\d+$/.test(confirmText)) {
    throw new UsageError(`--confirm-remove: jumlah baris / a row count (diberikan / given: ${confirmText})`)
  }
  if (values['replace-period'] && !KINDS[values.kind].isPersonal) {
    throw new UsageError(
      `--replace-period hanya untuk data pribadi; ${values.kind} diperbarui per desa dan tahun. / ` +
        `--replace-period is for personal data only; ${values.kind} is updated per village and year.`,
    )
  }
  if (confirmText !== undefined && !values['replace-period']) {
    throw new UsageError(
      '--confirm-remove butuh --replace-period. / --confirm-remove needs --replace-period.',
    )
  }
  if (KINDS[values.kind].isPersonal && !env.PSEUDONYM_KEY) {
    throw new UsageError(
      `${values.kind} berisi data pribadi: setel PSEUDONYM_KEY (kunci yang sama untuk setiap impor). / ` +
        `${values.kind} holds personal data: set PSEUDONYM_KEY (the same key for every import).`,
    )
  }
  return {
    kind: values.kind,
    file: path.resolve(cwd, values.file),
    dbUrl: values['db-url'],
    pseudonymKey: env.PSEUDONYM_KEY || undefined,
    source: values.source ?? 'impor',
    dropRejected: values['drop-rejected'] === true,
    replacePeriod: values['replace-period'] === true,
    confirmRemove: confirmText === undefined ? undefined : Number(confirmText),
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      kind: { type: 'string' },
      file: { type: 'string' },
      'db-url': { type: 'string' },
      'drop-rejected': { type: 'boolean' },
      source: { type: 'string' },
      'replace-period': { type: 'boolean' },
      'confirm-remove': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
