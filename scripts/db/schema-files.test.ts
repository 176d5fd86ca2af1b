import { describe, expect, it } from 'vitest'
import { parseDump, schemaFiles } from './schema-files.ts'

/** A dump in pg_dump's plain format, written by hand: one entry per header. */
const entry = (name: string, type: string, schema: string, sql: string) =>
  `--\n-- Name: ${name}; Type: ${type}; Schema: ${schema}; Owner: -\n--\n\n${sql}\n\n\n`

const DUMP = [
  '--\n-- PostgreSQL database dump\n--\n\n\\restrict abc123\n\nSET statement_timeout = 0;\n\n',
  entry('private', 'SCHEMA', '-', 'CREATE SCHEMA private;'),
  entry(
    'rasio(a numeric, b numeric)',
    'FUNCTION',
    'private',
    'CREATE FUNCTION private.rasio(a numeric, b numeric) RETURNS numeric\n    AS $$ select a / b $$;',
  ),
  entry(
    'rasio(a integer)',
    'FUNCTION',
    'private',
    'CREATE FUNCTION private.rasio(a integer) RETURNS numeric\n    AS $$ select a $$;',
  ),
  "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n",
  entry('kebun', 'TABLE', 'public', 'CREATE TABLE public.kebun (\n    id bigint NOT NULL\n);'),
  entry('TABLE kebun', 'COMMENT', 'public', "COMMENT ON TABLE public.kebun IS 'made up';"),
  entry('COLUMN kebun.id', 'COMMENT', 'public', "COMMENT ON COLUMN public.kebun.id IS 'key';"),
  entry(
    'kebun_id_seq',
    'SEQUENCE',
    'public',
    'ALTER TABLE public.kebun ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n    SEQUENCE NAME public.kebun_id_seq\n);',
  ),
  entry(
    'kebun kebun_pkey',
    'CONSTRAINT',
    'public',
    'ALTER TABLE ONLY public.kebun\n    ADD CONSTRAINT kebun_pkey PRIMARY KEY (id);',
  ),
  entry('kebun_id_idx', 'INDEX', 'public', 'CREATE INDEX kebun_id_idx ON public.kebun USING btree (id);'),
  entry(
    'kebun Everyone reads',
    'POLICY',
    'public',
    'CREATE POLICY "Everyone reads" ON public.kebun FOR SELECT USING (true);',
  ),
  entry('kebun', 'ROW SECURITY', 'public', 'ALTER TABLE public.kebun ENABLE ROW LEVEL SECURITY;'),
  entry(
    'ringkas',
    'VIEW',
    'public',
    'CREATE VIEW public.ringkas AS\n SELECT kebun.id\n   FROM public.kebun;',
  ),
  entry('TABLE kebun', 'ACL', 'public', 'GRANT SELECT ON TABLE public.kebun TO anon;'),
  entry('TABLE ringkas', 'ACL', 'public', 'GRANT SELECT ON TABLE public.ringkas TO anon;'),
  entry(
    'FUNCTION rasio(a integer)',
    'ACL',
    'private',
    'REVOKE ALL ON FUNCTION private.rasio(a integer) FROM PUBLIC;',
  ),
  entry('SCHEMA private', 'ACL', '-', 'GRANT USAGE ON SCHEMA private TO service_role;'),
  '--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict abc123\n\n',
].join('')

const MIGRATIONS = [
  { name: '001_schema.sql', text: 'create schema if not exists private;' },
  {
    name: '002_kebun.sql',
    text: 'create table public.kebun (id bigint);\ncreate function private.rasio(a integer) returns numeric',
  },
  { name: '003_policy.sql', text: 'create policy "Everyone reads" on public.kebun for select using (true);' },
  {
    name: '004_view.sql',
    text: 'create or replace view public.ringkas as select k.id from public.kebun k join public.kebun j on public.kebun.id = j.id;',
  },
  { name: '005_rasio.sql', text: 'create or replace function private.rasio (a numeric, b numeric)' },
]

describe('the schema files', () => {
  const files = schemaFiles(parseDump(DUMP), MIGRATIONS)

  it('gives every object one file under its schema and kind', () => {
    expect([...files.keys()]).toEqual([
      'private/functions/rasio.sql',
      'private/schema.sql',
      'public/tables/kebun.sql',
      'public/views/ringkas.sql',
    ])
  })

  it('keeps a table with its comments, identity, constraints, indexes, policies, security and grants, in dump order', () => {
    const kebun = files.get('public/tables/kebun.sql') as string
    const order = [
      'CREATE TABLE public.kebun',
      "COMMENT ON TABLE public.kebun IS 'made up'",
      'COMMENT ON COLUMN public.kebun.id',
      'ADD GENERATED ALWAYS AS IDENTITY',
      'ADD CONSTRAINT kebun_pkey',
      'CREATE INDEX kebun_id_idx',
      'CREATE POLICY "Everyone reads"',
      'ENABLE ROW LEVEL SECURITY',
      'GRANT SELECT ON TABLE public.kebun TO anon',
    ].map((text) => kebun.indexOf(text))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(kebun).not.toContain('ringkas')
  })

  it('puts every overload of a function in one file, with their grants', () => {
    const rasio = files.get('private/functions/rasio.sql') as string
    expect(rasio).toContain('private.rasio(a numeric, b numeric)')
    expect(rasio).toContain('private.rasio(a integer) RETURNS')
    expect(rasio).toContain('REVOKE ALL ON FUNCTION private.rasio(a integer) FROM PUBLIC')
    expect(files.get('private/schema.sql')).toContain('GRANT USAGE ON SCHEMA private TO service_role')
  })

  it('names the migrations that wrote each object, oldest first, and only those', () => {
    const writers = (file: string) => {
      const text = files.get(file) as string
      return [...text.matchAll(/^-- {3}(\S+\.sql)$/gm)].map((match) => match[1])
    }
    expect(writers('public/tables/kebun.sql')).toEqual(['002_kebun.sql', '003_policy.sql'])
    expect(writers('public/views/ringkas.sql')).toEqual(['004_view.sql'])
    expect(writers('private/functions/rasio.sql')).toEqual(['002_kebun.sql', '005_rasio.sql'])
    expect(writers('private/schema.sql')).toEqual(['001_schema.sql'])
  })

  it('drops the dump’s random restrict key and its session settings', () => {
    const all = [...files.values()].join('\n')
    expect(all).not.toContain('restrict')
    expect(all).not.toContain('abc123')
    expect(all).not.toContain('statement_timeout')
    expect(all).not.toContain('default_table_access_method')
  })

  it('refuses an entry it cannot place rather than leaving it out', () => {
    const orphan = entry(
      'elsewhere_idx',
      'INDEX',
      'public',
      'CREATE INDEX elsewhere_idx ON public.elsewhere (id);',
    )
    expect(() => schemaFiles(parseDump(orphan), [])).toThrow(/no file for INDEX elsewhere_idx/)
  })
})
