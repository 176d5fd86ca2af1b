/**
 * The migrations this build was made from (supabase/migrations, bundled as text into the worker: about
 * 25 KB gzipped), and their fingerprint: what a local copy is migrated to (migrate-copy.ts).
 */
import { type MigrationFile, schemaFingerprint } from './schema-fingerprint.ts'

const modules = import.meta.glob<string>('../../../supabase/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** Every migration file, by name. */
export const BUNDLED_MIGRATIONS: readonly MigrationFile[] = Object.entries(modules).map(([file, sql]) => ({
  name: file.split('/').pop() ?? file,
  sql,
}))

let fingerprint: Promise<string> | null = null

/** The build's schema fingerprint. */
export function buildFingerprint(): Promise<string> {
  fingerprint ??= schemaFingerprint(BUNDLED_MIGRATIONS)
  return fingerprint
}
