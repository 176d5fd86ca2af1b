/**
 * Vitest global setup of the `unit` project: builds the migrated PGlite template (pglite-template.ts) once,
 * before the test files start, so parallel files load it instead of each creating PostGIS and applying
 * every migration at the same time. Nothing to do when the template for these migrations exists.
 */
import { existsSync } from 'node:fs'
import { templateFile } from './pglite-template.ts'
import { listMigrations, openPglite } from './sql-client.ts'

export async function setup(): Promise<void> {
  if (existsSync(await templateFile(await listMigrations()))) return
  const client = await openPglite()
  await client.close()
}
