-- Tiny, deterministic, entirely fictional seed (loaded by `supabase db reset` and by the SQL tests after
-- the migrations). Province code 99 does not exist, and the squares sit on "Null Island" (0°, 0°) in the
-- Gulf of Guinea, so no row can be mistaken for a real place. It is the same made-up kabupaten 99.01 as
-- the fixtures in tests/fixtures: keep codes, names and squares in sync with them.
--
--   0.2 ┌───────────────┬───────────────┐   99.01          Kabupaten Contoh       the whole square
--       │ 99.01.01.1001 │               │   99.01.01       Kecamatan Hulu Contoh  west half
--   0.1 ├───────────────┤ 99.01.02.2001 │   99.01.02       Kecamatan Hilir Contoh east half
--       │ 99.01.01.2001 │               │   99.01.01.1001  a kelurahan (no label_point: derived)
--   0.0 └───────────────┴───────────────┘   99.01.01.2001, 99.01.02.2001  desa
--      0.0             0.1             0.2  (longitude, degrees)
--
-- luas_km2 = ST_Area(geom::geography) / 1e6 on PostGIS 3.3, rounded to 0.001 km².
-- Exterior rings run counter-clockwise (RFC 7946).

insert into public.regions (kode, nama, level, jenis, parent, geom, luas_km2, label_point)
values
  (
    '99.01', 'Kabupaten Contoh', 'kabupaten', null, null,
    extensions.st_geomfromtext('MULTIPOLYGON(((0 0,0.2 0,0.2 0.2,0 0.2,0 0)))', 4326),
    492.362, extensions.st_geomfromtext('POINT(0.1 0.1)', 4326)
  ),
  (
    '99.01.01', 'Kecamatan Hulu Contoh', 'kecamatan', null, '99.01',
    extensions.st_geomfromtext('MULTIPOLYGON(((0 0,0.1 0,0.1 0.2,0 0.2,0 0)))', 4326),
    246.181, extensions.st_geomfromtext('POINT(0.05 0.1)', 4326)
  ),
  (
    '99.01.02', 'Kecamatan Hilir Contoh', 'kecamatan', null, '99.01',
    extensions.st_geomfromtext('MULTIPOLYGON(((0.1 0,0.2 0,0.2 0.2,0.1 0.2,0.1 0)))', 4326),
    246.181, extensions.st_geomfromtext('POINT(0.15 0.1)', 4326)
  ),
  (
    '99.01.01.1001', 'Kelurahan Pusat Contoh', 'desa', 'kelurahan', '99.01.01',
    extensions.st_geomfromtext('MULTIPOLYGON(((0 0.1,0.1 0.1,0.1 0.2,0 0.2,0 0.1)))', 4326),
    123.090, null
  ),
  (
    '99.01.01.2001', 'Desa Satu Contoh', 'desa', 'desa', '99.01.01',
    extensions.st_geomfromtext('MULTIPOLYGON(((0 0,0.1 0,0.1 0.1,0 0.1,0 0)))', 4326),
    123.091, extensions.st_geomfromtext('POINT(0.05 0.05)', 4326)
  ),
  (
    '99.01.02.2001', 'Desa Dua Contoh', 'desa', 'desa', '99.01.02',
    extensions.st_geomfromtext('MULTIPOLYGON(((0.1 0,0.2 0,0.2 0.2,0.1 0.2,0.1 0)))', 4326),
    246.181, extensions.st_geomfromtext('POINT(0.15 0.1)', 4326)
  )
on conflict (kode) do nothing;
