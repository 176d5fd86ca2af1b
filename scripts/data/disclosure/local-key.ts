/**
 * The disclosure key of builds on the embedded database, which starts empty every build and so would get
 * a new key each time (and a new rounding, which an attacker could average over releases). The key is
 * kept outside the snapshot, in `data/secrets/disclosure-key` (git-ignored), made on first use;
 * `DISCLOSURE_KEY` overrides it. A build into PostgreSQL/Supabase uses that database's own key instead.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Where the key lives, relative to the repository root. */
export const LOCAL_KEY_FILE = 'data/secrets/disclosure-key'

/**
 * Where the build keeps the rounded cells of its last publication, beside the key (git-ignored, never
 * published): the attack's self-check in `npm test` and `npm run bench` reads them.
 */
export const ROUNDED_CELLS_FILE = 'data/secrets/disclosure-cells.csv'

/** The key from `env.DISCLOSURE_KEY`, else from the key file under `root`, created when missing. */
export async function localDisclosureKey(root: string, env: NodeJS.ProcessEnv): Promise<string> {
  const fromEnv = env.DISCLOSURE_KEY?.trim()
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('DISCLOSURE_KEY must be at least 32 characters')
    return fromEnv
  }
  const file = path.join(root, LOCAL_KEY_FILE)
  try {
    const stored = (await readFile(file, 'utf8')).trim()
    if (stored.length >= 32) return stored
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const key = randomBytes(32).toString('hex')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${key}\n`, { mode: 0o600 })
  return key
}
