-- region_features(p_kabupaten): one row per region of a kabupaten (the kabupaten itself, its kecamatan
-- and its desa/kelurahan), shaped for the snapshot export and for `POST /rest/v1/rpc/region_features`.
--
--   kode, nama, level, jenis, parent, luas_km2  as stored
--   geometry                                    GeoJSON geometry (json), 6 decimals (~0.1 m at the equator)
--   label_lng, label_lat                        label_point, or ST_PointOnSurface(geom) when it is null,
--                                               rounded to 6 decimals like the geometry
--
-- security invoker (the default, stated anyway): the caller's RLS applies, so it returns exactly the
-- rows the caller may select. Rows come ordered by kode in collation "C" (the same on every server),
-- so exports are deterministic.

create or replace function public.region_features(p_kabupaten text)
returns table (
  kode text,
  nama text,
  level text,
  jenis text,
  parent text,
  luas_km2 double precision,
  geometry json,
  label_lng double precision,
  label_lat double precision
)
language sql
stable
security invoker
set search_path = ''
as $$
  select
    r.kode,
    r.nama,
    r.level,
    r.jenis,
    r.parent,
    r.luas_km2,
    extensions.st_asgeojson(r.geom, 6)::json,
    round(extensions.st_x(label.point)::numeric, 6)::double precision,
    round(extensions.st_y(label.point)::numeric, 6)::double precision
  from public.regions as r
  cross join lateral (
    select coalesce(r.label_point, extensions.st_pointonsurface(r.geom)) as point
  ) as label
  where r.kode = p_kabupaten
    or pg_catalog.starts_with(r.kode, p_kabupaten || '.')
  order by r.kode collate "C"
$$;

comment on function public.region_features(text) is
  'Regions of one kabupaten (kode like 64.08) with GeoJSON geometry and a label point, ordered by kode.';

revoke execute on function public.region_features(text) from public;
grant execute on function public.region_features(text) to anon, authenticated, service_role;
