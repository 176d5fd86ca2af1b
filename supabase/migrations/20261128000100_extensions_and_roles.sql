-- Extensions and API roles, so the same migrations run on Supabase, plain PostgreSQL 15 + PostGIS 3.3
-- (CI) and embedded PGlite + PostGIS (PG 18 / PostGIS 3.6, npm test).
--
-- Supabase already has the `extensions` schema, PostGIS (when enabled in the dashboard), the roles
-- anon / authenticated / service_role and the `auth` schema with auth.jwt() / auth.role() / auth.uid().
-- Plain PostgreSQL and PGlite have none of them, so everything here is created only when absent and never
-- altered when present: on Supabase this migration is a no-op apart from the grants.

create schema if not exists extensions;

-- PostGIS lives in `extensions` as on Supabase, so `public` holds only our own tables and every spatial
-- name in later migrations is schema-qualified (`extensions.geometry`, `extensions.st_isvalid`).
create extension if not exists postgis with schema extensions;

-- The three roles PostgREST switches to. nologin: only the authenticator (or a test superuser) may
-- `set role` to them. service_role bypasses RLS, as on Supabase.
do $$
begin
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

grant usage on schema public to anon, authenticated, service_role;
grant usage on schema extensions to anon, authenticated, service_role;

-- A minimal stand-in for Supabase's `auth` helpers, reading the claims PostgREST puts into
-- `request.jwt.claims` (tests set them with set_config(..., true)). Created only if absent: Supabase owns
-- the real ones (and their grants) and the `postgres` role may not replace them.
do $$
begin
  if pg_catalog.to_regnamespace('auth') is null then
    create schema auth;
    grant usage on schema auth to anon, authenticated, service_role;
  end if;

  if pg_catalog.to_regprocedure('auth.jwt()') is null then
    create function auth.jwt() returns jsonb
    language sql stable
    set search_path = ''
    as $fn$
      select coalesce(
        nullif(pg_catalog.current_setting('request.jwt.claim', true), ''),
        nullif(pg_catalog.current_setting('request.jwt.claims', true), ''),
        '{}'
      )::jsonb
    $fn$;
    grant execute on function auth.jwt() to anon, authenticated, service_role;
  end if;

  if pg_catalog.to_regprocedure('auth.role()') is null then
    create function auth.role() returns text
    language sql stable
    set search_path = ''
    as $fn$
      select coalesce(
        nullif(pg_catalog.current_setting('request.jwt.claim.role', true), ''),
        auth.jwt() ->> 'role'
      )
    $fn$;
    grant execute on function auth.role() to anon, authenticated, service_role;
  end if;

  if pg_catalog.to_regprocedure('auth.uid()') is null then
    create function auth.uid() returns uuid
    language sql stable
    set search_path = ''
    as $fn$
      select nullif(
        coalesce(
          nullif(pg_catalog.current_setting('request.jwt.claim.sub', true), ''),
          auth.jwt() ->> 'sub'
        ),
        ''
      )::uuid
    $fn$;
    grant execute on function auth.uid() to anon, authenticated, service_role;
  end if;
end
$$;
