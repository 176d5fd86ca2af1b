-- Administrative regions of one kabupaten: the kabupaten itself, its kecamatan and its desa/kelurahan,
-- with boundaries. Everyone may read them (they are published on the public map); only the data pipeline,
-- running as service_role, writes them.
--
-- Codes follow Kemendagri: `64.08` kabupaten, `64.08.01` kecamatan, `64.08.01.2001` desa/kelurahan.
-- PostGIS lives in schema `extensions` (previous migration), so spatial names are schema-qualified: the
-- migration then needs no search_path and runs the same on Supabase, PostgreSQL 15 and PGlite.
-- Written to be re-runnable (if not exists / or replace / drop policy if exists).

create table if not exists public.regions (
  kode text primary key
    constraint regions_kode_format check (kode ~ '^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$'),
  nama text not null
    constraint regions_nama_not_blank check (length(trim(nama)) > 0),
  level text not null
    constraint regions_level_known check (level in ('kabupaten', 'kecamatan', 'desa')),
  -- Only villages have a jenis: `desa` (village) or `kelurahan` (urban ward).
  jenis text
    constraint regions_jenis_known check (jenis in ('desa', 'kelurahan')),
  parent text references public.regions (kode),
  geom extensions.geometry(MultiPolygon, 4326) not null
    constraint regions_geom_valid check (
      not extensions.st_isempty(geom) and extensions.st_isvalid(geom)
    ),
  -- Official or computed area in km²; stored because official figures (BPS) differ from polygon area.
  luas_km2 double precision not null
    constraint regions_luas_positive check (luas_km2 > 0),
  -- A point inside the polygon for labels (e.g. polylabel's pole of inaccessibility); null = derive one.
  label_point extensions.geometry(Point, 4326)
    constraint regions_label_point_inside check (
      label_point is null or extensions.st_covers(geom, label_point)
    ),
  updated_at timestamptz not null default now(),

  -- The kode length decides the level: 2, 3 or 4 dot-separated parts.
  constraint regions_level_matches_kode check (
    (level = 'kabupaten' and kode ~ '^\d{2}\.\d{2}$')
    or (level = 'kecamatan' and kode ~ '^\d{2}\.\d{2}\.\d{2}$')
    or (level = 'desa' and kode ~ '^\d{2}\.\d{2}\.\d{2}\.\d{4}$')
  ),
  -- jenis is required for a desa and forbidden otherwise.
  constraint regions_jenis_iff_desa check ((level = 'desa') = (jenis is not null)),
  -- The kabupaten is the root; every other region's parent is its own kode minus the last part, so
  -- (with the foreign key) a desa hangs under its kecamatan and a kecamatan under its kabupaten.
  constraint regions_parent_is_kode_prefix check (
    (level = 'kabupaten' and parent is null)
    or (level <> 'kabupaten' and parent = regexp_replace(kode, '\.\d+$', ''))
  )
);

comment on table public.regions is
  'Kabupaten, kecamatan and desa/kelurahan boundaries (Kemendagri codes). Readable by everyone; written by service_role.';

-- STYLE.md: every geometry column has a GiST index (label_point's is tiny and keeps the rule simple).
create index if not exists regions_geom_idx on public.regions using gist (geom);
create index if not exists regions_label_point_idx on public.regions using gist (label_point);
create index if not exists regions_parent_idx on public.regions (parent);

create or replace function public.set_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

create or replace trigger regions_set_updated_at
  before update on public.regions
  for each row execute function public.set_updated_at();

-- Row-level security: readable by everyone, written only by the service role.
alter table public.regions enable row level security;

drop policy if exists "Regions are readable by everyone" on public.regions;
create policy "Regions are readable by everyone" on public.regions
  for select to anon, authenticated
  using (true);

-- service_role bypasses RLS on Supabase (and in the previous migration); the policy states the intent
-- and keeps writes working should bypassrls ever be dropped.
drop policy if exists "Only the service role writes regions" on public.regions;
create policy "Only the service role writes regions" on public.regions
  for all to service_role
  using (true)
  with check (true);

-- Supabase's default privileges grant everything on new public tables to anon and authenticated; take
-- the writes back so they fail with "permission denied" before RLS is even consulted.
revoke all on table public.regions from anon, authenticated;
grant select on table public.regions to anon, authenticated;
grant all on table public.regions to service_role;

-- Trigger functions need no EXECUTE for the API roles (triggers run regardless); keep them off the RPC.
revoke execute on function public.set_updated_at() from public, anon, authenticated;
