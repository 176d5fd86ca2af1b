-- Households per combination of programs, for the UpSet chart: per desa, kecamatan and the kabupaten, per
-- year, counting DTSEN households by the set of programs they receive (private.bantuan_keluarga). Only
-- households with at least one program; a combination nobody has is absent (zero). A count of 1–4 is
-- withheld (jumlah_kk null, status 'ditahan'), as in indikator_wilayah. `terlarang` says whether the
-- combination breaks a rule of kombinasi_program (two programs one household may not receive together).
-- Not security_invoker, like indikator_wilayah: it aggregates rows the caller may not read and shows only
-- the suppressed counts.
create or replace view public.kombinasi_wilayah
with (security_invoker = false) as
with rumah_tangga as (
  select b.kode_desa, left(b.kode_desa, 8) as kode_kecamatan, left(b.kode_desa, 5) as kode_kabupaten, b.tahun,
    array_to_string(b.programs, '+') as kombinasi, b.kombinasi_terlarang
  from private.bantuan_keluarga as b
  where cardinality(b.programs) > 0
),
hitungan as (
  select
    coalesce(kode_desa, kode_kecamatan, kode_kabupaten) as kode,
    case when grouping(kode_desa) = 0 then 'desa' when grouping(kode_kecamatan) = 0 then 'kecamatan'
      else 'kabupaten' end as level,
    tahun, kombinasi, count(*) as jumlah, bool_or(kombinasi_terlarang) as terlarang
  from rumah_tangga
  group by grouping sets (
    (tahun, kombinasi, kode_kabupaten),
    (tahun, kombinasi, kode_kabupaten, kode_kecamatan),
    (tahun, kombinasi, kode_kabupaten, kode_kecamatan, kode_desa)
  )
)
select
  h.kode, h.level, h.tahun::smallint as tahun, h.kombinasi,
  cardinality(string_to_array(h.kombinasi, '+'))::smallint as jumlah_program,
  case when private.sel_kecil(h.jumlah) then null else h.jumlah end as jumlah_kk,
  case when private.sel_kecil(h.jumlah) then 'ditahan' else 'ada' end as status,
  h.terlarang
from hitungan as h;

comment on view public.kombinasi_wilayah is
  'Households per combination of programs (e.g. BPNT+PKH) per region and year; counts of 1–4 withheld.';

revoke all on public.kombinasi_wilayah from anon, authenticated;
grant select on public.kombinasi_wilayah to anon, authenticated, service_role;
