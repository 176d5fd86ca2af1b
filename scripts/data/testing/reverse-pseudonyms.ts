/**
 * The attack the planner-demo dump must withstand, written as an attacker who has the repository: every
 * string it holds or ever held (git history) is a candidate key, the demo generator's seed gives the true
 * NIK and KK numbers of every synthetic household (data/demo/<region>/keluarga.csv, or rerun the
 * generator), and the NIK structure (region + birth date + serial) bounds the rest. With the true numbers
 * in hand, trying a candidate key takes one HMAC per number: if any candidate, alone or followed by a
 * pepper found in the dump, maps a known number to a stored pseudonym, the key is found and the whole NIK
 * space can then be tried at leisure (how the issue recovered 85 % of head NIKs in 48 s).
 */
import { execFileSync } from 'node:child_process'
import { createHash, createHmac } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Folders and files of the repository read for candidate keys. */
const SOURCES = ['src', 'scripts', 'supabase', 'docs', 'tests', 'README.md', 'package.json', 'vite.config.ts']
const EXTENSIONS = /\.(ts|tsx|sql|md|json|sh|toml)$/

/** Every quoted string (', ", `) of 1–300 characters in `text`, and every whole line. */
function literalsOf(text: string, into: Set<string>): void {
  for (const match of text.matchAll(/'([^'\n]{1,300})'|"([^"\n]{1,300})"|`([^`]{1,300})`/g)) {
    into.add(match[1] ?? match[2] ?? match[3] ?? '')
  }
  for (const line of text.split('\n')) into.add(line.trim())
}

function walk(at: string, into: Set<string>): void {
  const stat = statSync(at, { throwIfNoEntry: false })
  if (!stat) return
  if (stat.isDirectory()) {
    for (const name of readdirSync(at)) if (name !== 'node_modules') walk(path.join(at, name), into)
  } else if (EXTENSIONS.test(at) && stat.size < 2_000_000) {
    literalsOf(readFileSync(at, 'utf8'), into)
  }
}

/** Candidate keys: the repo's strings now and, when git is there, every line its history ever added. */
export function repositoryCandidates(root: string, extra: readonly string[] = []): string[] {
  const found = new Set<string>(extra)
  for (const source of SOURCES) walk(path.join(root, source), found)
  try {
    const history = execFileSync('git', ['log', '-p', '--no-color', '--', '*.ts', '*.tsx', '*.sql'], {
      cwd: root,
      maxBuffer: 256 << 20,
      encoding: 'utf8',
    })
    literalsOf(
      history
        .split('\n')
        .filter((line) => line.startsWith('+'))
        .map((line) => line.slice(1))
        .join('\n'),
      found,
    )
  } catch {
    // No git (a source tarball): the tree alone.
  }
  found.delete('')
  return [...found]
}

/** How a candidate could have made a stored value out of a number. */
function storedForms(key: string | null, number: string, peppers: readonly Buffer[]): string[] {
  const hash =
    key === null
      ? createHash('sha256').update(number).digest('hex')
      : createHmac('sha256', key).update(number).digest('hex')
  return [hash, ...peppers.map((pepper) => createHmac('sha256', pepper).update(hash).digest('hex'))]
}

/** What the attack found. */
export interface ReversalResult {
  /** Candidate keys that mapped a known number to a stored pseudonym (null: no key, plain SHA-256). */
  keys: Array<string | null>
  /** Known numbers whose pseudonym was recovered with those keys. */
  recovered: number
  candidatesTried: number
}

/**
 * Tries every candidate on a sample of known numbers (raw, plain SHA-256, HMAC with the candidate, then
 * optionally each pepper), and counts, for each key that works, how many known numbers it recovers.
 */
export function reversePseudonyms(input: {
  stored: ReadonlySet<string>
  known: readonly string[]
  candidates: readonly string[]
  peppers?: readonly Buffer[]
  sample?: number
}): ReversalResult {
  const peppers = input.peppers ?? []
  const sample = input.known.slice(0, input.sample ?? 8)
  const hits = (key: string | null, numbers: readonly string[]) =>
    numbers.filter(
      (number) =>
        input.stored.has(number) ||
        input.stored.has(number.padStart(64, '0')) ||
        storedForms(key, number, peppers).some((form) => input.stored.has(form)),
    ).length
  const keys: Array<string | null> = []
  if (hits(null, sample) > 0) keys.push(null)
  for (const candidate of input.candidates) if (hits(candidate, sample) > 0) keys.push(candidate)
  const recovered = keys.length === 0 ? 0 : Math.max(...keys.map((key) => hits(key, input.known)))
  return { keys, recovered, candidatesTried: input.candidates.length + 1 }
}
