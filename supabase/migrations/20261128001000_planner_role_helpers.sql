-- Who is a planner: the role lives in the JWT's app_metadata (set by an admin through Supabase Auth, never
-- by the user), `planner` or `admin`. Policies call these through `(select …)` so Postgres evaluates them
-- once per statement, not once per row.

create or replace function public.app_role() returns text
language sql
stable
security invoker
set search_path = ''
as $$
  select coalesce(auth.jwt() -> 'app_metadata' ->> 'role', '')
$$;

comment on function public.app_role() is
  'The caller''s application role from the JWT (app_metadata.role): planner, admin or empty.';

create or replace function public.is_planner() returns boolean
language sql
stable
security invoker
set search_path = ''
as $$
  select public.app_role() in ('planner', 'admin')
$$;

comment on function public.is_planner() is
  'True when the caller is a planner or an admin (JWT app_metadata.role).';

revoke execute on function public.app_role() from public;
revoke execute on function public.is_planner() from public;
grant execute on function public.app_role() to anon, authenticated, service_role;
grant execute on function public.is_planner() to anon, authenticated, service_role;

-- Aggregates that read personal data live in `private`, which the API roles cannot use; public views in
-- `public` expose only their suppressed results.
create schema if not exists private;
revoke all on schema private from public;
