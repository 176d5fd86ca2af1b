/**
 * Guards over the whole `public` schema, so a future migration cannot forget the house rules of the schema:
 * RLS on every table, policies that name their roles, views that run as the caller, a GiST index on
 * every geometry column. They read the catalogue only, so they hold for tables that do not exist yet.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'

async function names(client: SqlClient, sql: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(sql)
  return rows.map((row) => row.name)
}

/** Defines the schema-wide guards; `db` returns a migrated database. */
export function describeSchemaGuards(db: () => SqlClient): void {
  describe('schema public', () => {
    it('has row-level security enabled on every table', async () => {
      const tables = `select c.relname::text as name, c.relrowsecurity
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`
      expect(await names(db(), tables)).toContain('regions')
      expect(await names(db(), `select name from (${tables}) t where not relrowsecurity order by 1`)).toEqual(
        [],
      )
    })

    it('has no policy that applies to the implicit role public', async () => {
      const sql = `select tablename || ': ' || policyname as name from pg_policies
        where schemaname = 'public' and 'public' = any (roles) order by 1`
      expect(await names(db(), sql)).toEqual([])
    })

    it('has only views that run with the privileges of the caller, except the published aggregates', async () => {
      // public.indikator_wilayah runs with its owner's rights on purpose: it aggregates row-level data the
      // caller may not read and exposes only suppressed figures (see its migration and its tests).
      const sql = `select c.relname::text as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('v', 'm')
          and not exists (
            select 1 from unnest(c.reloptions) as option
            where lower(option) ~ '^security_invoker=(true|on|yes|1)$'
          )
        order by 1`
      expect(await names(db(), sql)).toEqual(['indikator_wilayah', 'kombinasi_wilayah'])
    })

    it('has a GiST index on every geometry column', async () => {
      const sql = `select c.relname || '.' || a.attname as name
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
          and a.atttypid = 'extensions.geometry'::regtype
          and not exists (
            select 1 from pg_index i
            join pg_class index_class on index_class.oid = i.indexrelid
            join pg_am am on am.oid = index_class.relam
            where i.indrelid = c.oid and i.indkey[0] = a.attnum and am.amname = 'gist'
          )
        order by 1`
      expect(await names(db(), sql)).toEqual([])
    })
  })
}
