-- The elementary cells of the published household counts (issue 13, docs/disclosure-control.md).
--
-- Every household count the public files hold (DTSEN households, desil 1 / 1–2 / 1–4, poor, extreme poor,
-- poor farmers / fishers / UMKM, coverage of each program in desil 1–4, households with any / two or more /
-- a disallowed combination of programs, inclusion and exclusion, each combination of programs, households
-- whose head heads one in another village) and both person counts (members of DTSEN households, of poor
-- households) is a sum of these cells: households of one desa and year grouped by every attribute those
-- counts look at. The publish step rounds each cell and publishes every count as the sum of its rounded
-- cells, so the counts agree with each other exactly and no relation between them tells more than the
-- cells' rounding (scripts/data/disclosure/protect-figures.ts).
--
-- `terbit.sel_keluarga` is read by the publishing role only, like the other raw figures of migration
-- 20261203100000. Same rows as private.bantuan_keluarga, so every count of private.hitungan_desa is a sum
-- of cells (the publish step checks that it is, for every village and year, before it publishes).
-- Every statement can run twice.

create or replace view terbit.sel_keluarga
with (security_invoker = false) as
select
  b.kode_desa as kode,
  b.tahun::smallint as tahun,
  case
    when b.desil is null then null
    when b.desil = 1 then '1'
    when b.desil = 2 then '2'
    when b.desil <= 4 then '3-4'
    else '5-10'
  end as desil,
  coalesce(b.miskin, false) as miskin,
  coalesce(b.miskin_ekstrem, false) as miskin_ekstrem,
  case
    when not coalesce(b.miskin, false) then null
    when b.mata_pencaharian in ('petani', 'nelayan', 'umkm') then b.mata_pencaharian
    else 'lainnya'
  end as mata_pencaharian,
  array_to_string(b.programs, '+') as kombinasi,
  cardinality(b.programs)::smallint as jumlah_program,
  b.kombinasi_terlarang as terlarang,
  b.kepala_lintas_desa as lintas_desa,
  count(*)::integer as jumlah_kk,
  coalesce(sum(b.jumlah_anggota), 0)::integer as jumlah_jiwa
from private.bantuan_keluarga as b
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

comment on view terbit.sel_keluarga is
  'Households and their members per desa, year and every attribute a published count looks at: the '
  'elementary cells the publish step rounds (docs/disclosure-control.md). For the publishing role only.';

revoke all on terbit.sel_keluarga from public, anon, authenticated;
grant select on terbit.sel_keluarga to penerbit;
