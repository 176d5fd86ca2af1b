/**
 * Splits a `pg_dump --schema-only` of the migrated database into one readable file per object: every
 * table with its constraints, indexes, triggers, row-level security, policies, comments and grants; every
 * view, function, type and schema on its own (`supabase/schemas/<schema>/<kind>/<name>.sql`). Each file
 * names the migrations that wrote the object, so the reasons (their comments) are one step away.
 * Pure: gen-schema.ts runs pg_dump and writes the files.
 */

/** One entry of pg_dump's table of contents, with its SQL. */
export interface DumpEntry {
  /** As pg_dump prints it: `keluarga`, `FUNCTION f(a text)`, `keluarga keluarga_pkey`. */
  name: string
  /** `TABLE`, `FK CONSTRAINT`, `ACL`, … */
  type: string
  /** `-` for objects outside a schema. */
  schema: string
  sql: string
}

/** A migration's file name and text. */
export interface Migration {
  name: string
  text: string
}

const HEADER = /^--\n-- Name: (.+?); Type: (.+?); Schema: (.+?); Owner: .*\n--\n/gm

/** The entries of a plain-format schema dump, in dump order (pg_dump's dependency order). */
export function parseDump(dump: string): DumpEntry[] {
  const entries: DumpEntry[] = []
  const heads = [...dump.matchAll(HEADER)]
  heads.forEach((head, index) => {
    const start = (head.index ?? 0) + head[0].length
    const end = heads[index + 1]?.index ?? dump.length
    const sql = dump
      .slice(start, end)
      .split('\n')
      // pg_dump 15.14+ wraps a dump in \restrict … \unrestrict with a random key: not part of the schema.
      .filter((line) => !/^\\(un)?restrict\b/.test(line) && !line.startsWith('-- PostgreSQL database dump'))
      // pg_dump also sets the session's tablespace and access method before the first table.
      .filter((line) => !/^SET default_(tablespace|table_access_method) = .*;$/.test(line))
      .join('\n')
      .trim()
    entries.push({ name: head[1] as string, type: head[2] as string, schema: head[3] as string, sql })
  })
  return entries
}

type Kind = 'tables' | 'views' | 'functions' | 'types' | 'sequences'

const KIND_OF_TYPE: Record<string, Kind> = {
  TABLE: 'tables',
  VIEW: 'views',
  'MATERIALIZED VIEW': 'views',
  FUNCTION: 'functions',
  PROCEDURE: 'functions',
  AGGREGATE: 'functions',
  TYPE: 'types',
  DOMAIN: 'types',
  SEQUENCE: 'sequences',
}

/** Types whose name starts with the relation they belong to (`keluarga keluarga_pkey`). */
const ON_RELATION = new Set([
  'CONSTRAINT',
  'FK CONSTRAINT',
  'TRIGGER',
  'POLICY',
  'ROW SECURITY',
  'DEFAULT',
  'RULE',
])

/** One output file: its path under supabase/schemas and the objects it holds. */
interface Target {
  path: string
  schema: string
  kind: Kind | 'schema'
  name: string
  entries: DumpEntry[]
}

const bare = (name: string) => name.replace(/^"|"$/g, '')

/**
 * The files for `entries`: path → text. `migrations` (in applied order) give each file its list of
 * migrations that wrote the object. Throws for an entry that belongs to no object it knows, so a new kind
 * of object is noticed rather than dropped.
 */
export function schemaFiles(
  entries: readonly DumpEntry[],
  migrations: readonly Migration[],
): Map<string, string> {
  const targets = new Map<string, Target>()
  const target = (schema: string, kind: Target['kind'], name: string): Target => {
    const path = kind === 'schema' ? `${schema}/schema.sql` : `${schema}/${kind}/${name}.sql`
    let found = targets.get(path)
    if (!found) {
      found = { path, schema, kind, name, entries: [] }
      targets.set(path, found)
    }
    return found
  }
  // Relations first, so the entries that refer to one by name find it.
  const relations = new Map<string, Target>()
  for (const entry of entries) {
    const kind = KIND_OF_TYPE[entry.type]
    if (kind === 'tables' || kind === 'views') {
      relations.set(`${entry.schema}.${entry.name}`, target(entry.schema, kind, bare(entry.name)))
    }
  }
  const relation = (schema: string, name: string): Target | undefined => relations.get(`${schema}.${name}`)

  for (const entry of entries) {
    const owner = ownerOf(entry, relation, target)
    if (!owner)
      throw new Error(`gen:schema: no file for ${entry.type} ${entry.name} (schema ${entry.schema})`)
    owner.entries.push(entry)
  }

  const files = new Map<string, string>()
  for (const file of [...targets.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    files.set(file.path, render(file, writtenBy(file, migrations)))
  }
  return files
}

function ownerOf(
  entry: DumpEntry,
  relation: (schema: string, name: string) => Target | undefined,
  target: (schema: string, kind: Target['kind'], name: string) => Target,
): Target | undefined {
  const { type, schema, name, sql } = entry
  if (type === 'SCHEMA') return target(bare(name), 'schema', bare(name))
  const kind = KIND_OF_TYPE[type]
  if (kind === 'sequences') {
    // An identity or serial column's sequence goes with its table.
    const table = /(?:ALTER TABLE (?:ONLY )?|OWNED BY )([\w"]+)\.([\w"]+)/.exec(sql)
    const owning = table && relation(bare(table[1] as string), bare(table[2] as string))
    return owning ?? target(schema, kind, bare(name))
  }
  if (kind) return target(schema, kind, bare(name.replace(/\(.*$/s, '')))
  if (ON_RELATION.has(type)) return relation(schema, bare(name.split(' ')[0] as string))
  if (type === 'INDEX') {
    const on = /\bON (?:ONLY )?([\w"]+)\.([\w"]+)/.exec(sql)
    return on ? relation(bare(on[1] as string), bare(on[2] as string)) : undefined
  }
  if (type === 'DEFAULT ACL') return target(schema, 'schema', schema)
  if (type === 'COMMENT' || type === 'ACL') {
    // `TABLE keluarga`, `COLUMN dana_desa.dasar_ikg`, `FUNCTION f(a text)`, `SCHEMA private`, …
    const [, what, rest] = /^([A-Z ]+?) (.+)$/s.exec(name) ?? []
    if (!what || !rest) return undefined
    if (what === 'SCHEMA') return target(bare(rest), 'schema', bare(rest))
    const objectName = bare(rest.replace(/\(.*$/s, '').split(/[. ]/)[0] as string)
    if (what === 'COLUMN' || what === 'TABLE' || what === 'VIEW' || what === 'MATERIALIZED VIEW') {
      return relation(schema, objectName)
    }
    if (what === 'POLICY' || what === 'TRIGGER' || what === 'CONSTRAINT' || what === 'RULE') {
      const on = /\bON ([\w"]+)$/.exec(rest)
      return on ? relation(schema, bare(on[1] as string)) : undefined
    }
    const commentedKind = KIND_OF_TYPE[what]
    return commentedKind ? target(schema, commentedKind, objectName) : undefined
  }
  return undefined
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The migrations (in order) whose DDL creates or changes the object of `file`. */
function writtenBy(file: Target, migrations: readonly Migration[]): string[] {
  const qualified = `${escapeRegExp(file.schema)}\\.${escapeRegExp(file.name)}\\b`
  const patterns: Record<Target['kind'], RegExp> = {
    schema: new RegExp(`create schema (?:if not exists )?${escapeRegExp(file.name)}\\b`, 'i'),
    functions: new RegExp(`create (?:or replace )?(?:function|procedure|aggregate) ${qualified}\\s*\\(`, 'i'),
    views: new RegExp(`create (?:or replace )?(?:materialized )?view ${qualified}`, 'i'),
    types: new RegExp(`create (?:type|domain) ${qualified}`, 'i'),
    sequences: new RegExp(`create sequence (?:if not exists )?${qualified}`, 'i'),
    tables: new RegExp(
      // `on public.t` of an index, trigger, policy or grant; not `on public.t.id = …` of a join.
      `(?:create table (?:if not exists )?|alter table (?:if exists )?(?:only )?|\\bon (?:table )?)${qualified}(?!\\.)`,
      'i',
    ),
  }
  const pattern = patterns[file.kind]
  return migrations.filter((migration) => pattern.test(migration.text)).map((migration) => migration.name)
}

function render(file: Target, migrations: readonly string[]): string {
  const lines = [
    '-- Generated by `npm run gen:schema` from supabase/migrations: the current definition, as PostgreSQL',
    '-- 15 holds it after every migration. Change it with a new migration, then regenerate; CI fails when',
    '-- this file and the migrations disagree.',
  ]
  if (migrations.length > 0) {
    lines.push('--', '-- Written by (oldest first):')
    for (const name of migrations) lines.push(`--   ${name}`)
  }
  lines.push('')
  for (const entry of file.entries) {
    lines.push(`-- ${entry.type}: ${entry.name}`, entry.sql, '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
