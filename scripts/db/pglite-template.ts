/**
 * One migrated PGlite, dumped once and loaded by every later start: creating PostGIS and applying every
 * migration costs ~10 s and ~1 GB per start on 2 cores, loading the dump ~3 s (measured). The dump is
 * keyed by a hash of the migration files and the engine's versions, so a changed, added or removed
 * migration (or an upgraded PGlite) never loads a stale schema: it builds a new one. Stored in
 * `.tmp/pglite-template/` (git-ignored); tests, the data build and the benchmark all share it.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** Where the dumps live; `PGLITE_TEMPLATE_DIR` moves them (e.g. to a CI cache). */
export const TEMPLATE_DIR = process.env.PGLITE_TEMPLATE_DIR
  ? path.resolve(process.env.PGLITE_TEMPLATE_DIR)
  : path.join(ROOT, '.tmp', 'pglite-template')

/** The engine packages whose versions change what a dump holds. */
const ENGINE_PACKAGES = ['@electric-sql/pglite', '@electric-sql/pglite-postgis'] as const

/** The dump file for these migration files (in order) and the installed engine versions. */
export async function templateFile(migrations: readonly string[]): Promise<string> {
  const hash = createHash('sha256')
  for (const name of ENGINE_PACKAGES) {
    const manifest = JSON.parse(
      await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version: string }
    hash.update(`${name}@${manifest.version}\n`)
  }
  for (const file of migrations) {
    hash.update(`${path.basename(file)}\n`)
    hash.update(await readFile(file))
  }
  return path.join(TEMPLATE_DIR, `migrated-${hash.digest('hex').slice(0, 16)}.tar`)
}

/** The dump, when one exists for the current migrations. */
export async function readTemplate(file: string): Promise<Blob | undefined> {
  if (!existsSync(file)) return undefined
  return new Blob([await readFile(file)])
}

/** Stores `dump` as the template; a temp name and a rename, so a reader never sees half a file. */
export async function writeTemplate(file: string, dump: Blob): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
  await rename(partial, file)
}
