-- Recipient counts without sorting every listing (issue 18): the publish step took 154 s on the demo, most
-- of it in private.penerima_terdaftar, whose count(distinct kode_desa) per identity and the count(distinct
-- identitas) per village over it sort all 1.7 M listings by text twice (41 s of 63 s of
-- private.hitungan_desa on PostgreSQL 15). Grouping the listings once per village, program and identity
-- (a hash aggregate) gives the same counts: one row per identity in a village, how many listings it has
-- there, and whether the same identity is listed for that program in another village too.
--
-- private.hitungan_desa is restated with only its `penerima` part changed (same columns, same types),
-- penerima_terdaftar, which nothing else reads, is dropped, and private.bantuan_keluarga finds heads in
-- several villages by a hash aggregate too. Every statement can run twice.

-- One row per village, year, program and identity (NIK, else KK) listed there: its listings in that
-- village (more than one is a duplicate within the program), their value, and whether the identity is
-- listed for the same program and year in another village as well.
create or replace view private.penerima_per_identitas as
with per_desa as (
  select kode_desa, tahun, program, coalesce(nik, id_keluarga) as identitas, count(*) as jumlah_baris,
    sum(nilai_rp) as nilai_rp
  from public.penerima_bantuan
  group by 1, 2, 3, 4
),
lintas as (
  select tahun, program, identitas
  from per_desa
  group by 1, 2, 3
  having count(*) > 1
)
select d.kode_desa, d.tahun, d.program, d.identitas, d.jumlah_baris, d.nilai_rp,
  l.identitas is not null as lintas_desa
from per_desa as d
left join lintas as l on l.tahun = d.tahun and l.program = d.program and l.identitas = d.identitas;

revoke all on private.penerima_per_identitas from public, anon, authenticated;

create or replace view private.hitungan_desa as
with tahun as (
  select tahun from public.penduduk
  union select periode from public.keluarga
  union select tahun from public.penerima_bantuan
  union select tahun from public.idm
  union select tahun from public.dana_desa
),
-- Villages × years with household data: a village without households that year counts zero.
kk as (
  select
    r.kode as kode_desa, y.tahun,
    count(b.id) as kk_dtsen,
    count(*) filter (where desil = 1) as kk_desil_1,
    count(*) filter (where desil <= 2) as kk_desil_1_2,
    count(*) filter (where desil <= 4) as kk_desil_1_4,
    count(*) filter (where miskin) as kk_miskin,
    coalesce(sum(jumlah_anggota) filter (where miskin), 0) as penduduk_miskin,
    coalesce(sum(jumlah_anggota), 0) as anggota_dtsen,
    count(*) filter (where miskin_ekstrem) as kk_miskin_ekstrem,
    count(*) filter (where miskin and mata_pencaharian = 'petani') as kk_miskin_petani,
    count(*) filter (where miskin and mata_pencaharian = 'nelayan') as kk_miskin_nelayan,
    count(*) filter (where miskin and mata_pencaharian = 'umkm') as kk_miskin_umkm,
    count(*) filter (where desil <= 4 and 'PKH' = any (programs)) as kk_desil_1_4_pkh,
    count(*) filter (where desil <= 4 and 'BPNT' = any (programs)) as kk_desil_1_4_bpnt,
    count(*) filter (where desil <= 4 and 'BLT_DD' = any (programs)) as kk_desil_1_4_blt_dd,
    count(*) filter (where desil <= 4 and 'PBI_JKN' = any (programs)) as kk_desil_1_4_pbi_jkn,
    count(*) filter (where desil <= 4 and 'PIP' = any (programs)) as kk_desil_1_4_pip,
    count(*) filter (where cardinality(programs) > 0) as kk_penerima,
    count(*) filter (where cardinality(programs) > 0 and desil >= 5) as kk_penerima_desil_5_10,
    count(*) filter (where desil <= 2 and cardinality(programs) = 0) as kk_desil_1_2_tanpa_bantuan,
    count(*) filter (where cardinality(programs) >= 2) as kk_bantuan_ganda,
    count(*) filter (where kombinasi_terlarang) as kk_kombinasi_terlarang,
    count(*) filter (where kepala_lintas_desa) as kk_duplikat_lintas_desa
  from public.regions as r
  cross join (select distinct periode as tahun from public.keluarga) as y
  left join private.bantuan_keluarga as b on b.kode_desa = r.kode and b.tahun = y.tahun
  where r.level = 'desa'
  group by r.kode, y.tahun
),
-- Villages × years with any program list: a village nobody is listed in counts zero. Each row of
-- penerima_per_identitas is one identity listed for one program in one village, so the distinct counts
-- are plain counts here.
penerima as (
  select
    r.kode as kode_desa, y.tahun,
    coalesce(a.penerima_pkh, 0) as penerima_pkh,
    coalesce(a.penerima_bpnt, 0) as penerima_bpnt,
    coalesce(a.penerima_blt_dd, 0) as penerima_blt_dd,
    coalesce(a.penerima_pbi_jkn, 0) as penerima_pbi_jkn,
    coalesce(a.penerima_pip, 0) as penerima_pip,
    coalesce(a.nilai_bantuan_rp, 0) as nilai_bantuan_rp,
    coalesce(a.duplikat_dalam_program, 0) as duplikat_dalam_program,
    coalesce(a.duplikat_lintas_desa, 0) as duplikat_lintas_desa
  from public.regions as r
  cross join (select distinct tahun from public.penerima_bantuan) as y
  -- Summed per village before the join, so the sum is a hash aggregate and not a sort of every identity.
  left join (
    select
      p.kode_desa, p.tahun,
      count(*) filter (where p.program = 'PKH') as penerima_pkh,
      count(*) filter (where p.program = 'BPNT') as penerima_bpnt,
      count(*) filter (where p.program = 'BLT_DD') as penerima_blt_dd,
      count(*) filter (where p.program = 'PBI_JKN') as penerima_pbi_jkn,
      count(*) filter (where p.program = 'PIP') as penerima_pip,
      sum(p.nilai_rp) as nilai_bantuan_rp,
      (sum(p.jumlah_baris) - count(*))::bigint as duplikat_dalam_program,
      count(*) filter (where p.lintas_desa) as duplikat_lintas_desa
    from private.penerima_per_identitas as p
    group by p.kode_desa, p.tahun
  ) as a on a.kode_desa = r.kode and a.tahun = y.tahun
  where r.level = 'desa'
)
select
  r.kode,
  t.tahun,
  (r.jenis = 'desa')::int as jumlah_desa,
  r.luas_km2,
  pd.jumlah_penduduk as penduduk,
  pd.jumlah_kk,
  case when r.jenis = 'desa' then pd.jumlah_penduduk end as penduduk_desa,
  kk.kk_dtsen, kk.kk_desil_1, kk.kk_desil_1_2, kk.kk_desil_1_4, kk.kk_miskin, kk.penduduk_miskin,
  kk.anggota_dtsen, kk.kk_miskin_ekstrem, kk.kk_miskin_petani, kk.kk_miskin_nelayan, kk.kk_miskin_umkm,
  kp.kk_desil_1_4_pkh, kp.kk_desil_1_4_bpnt, kp.kk_desil_1_4_blt_dd, kp.kk_desil_1_4_pbi_jkn,
  kp.kk_desil_1_4_pip, kp.kk_penerima, kp.kk_penerima_desil_5_10, kp.kk_desil_1_2_tanpa_bantuan,
  kp.kk_bantuan_ganda, kp.kk_kombinasi_terlarang, kk.kk_duplikat_lintas_desa,
  case when r.jenis = 'desa' then kk.kk_miskin end as kk_miskin_desa,
  pn.penerima_pkh,
  pn.penerima_bpnt,
  pn.penerima_blt_dd,
  pn.penerima_pbi_jkn,
  pn.penerima_pip,
  pn.nilai_bantuan_rp,
  pn.duplikat_dalam_program,
  pn.duplikat_lintas_desa,
  idm.skor_idm,
  (idm.skor_idm is not null)::int as jumlah_desa_idm,
  case idm.status
    when 'sangat_tertinggal' then 1 when 'tertinggal' then 2 when 'berkembang' then 3
    when 'maju' then 4 when 'mandiri' then 5
  end as status_idm,
  dd.pagu as dana_desa,
  dd.alokasi_dasar, dd.alokasi_afirmasi, dd.alokasi_kinerja, dd.alokasi_formula, dd.pagu_blt_dd,
  dd.realisasi_tahap_1 + dd.realisasi_tahap_2 + dd.realisasi_tahap_3 as realisasi_dana_desa,
  ket.batas_blt_dd
from public.regions as r
cross join tahun as t
left join public.penduduk as pd on pd.kode_desa = r.kode and pd.tahun = t.tahun
left join kk on kk.kode_desa = r.kode and kk.tahun = t.tahun
left join penerima as pn on pn.kode_desa = r.kode and pn.tahun = t.tahun
-- Counts that compare households with program lists (coverage, targeting errors, overlaps) exist only in
-- years that have a program list: without one, "received nothing" is unknown, not 0% coverage.
left join kk as kp on kp.kode_desa = r.kode and kp.tahun = t.tahun and pn.kode_desa is not null
left join public.idm as idm on idm.kode_desa = r.kode and idm.tahun = t.tahun
left join public.dana_desa as dd on dd.kode_desa = r.kode and dd.tahun = t.tahun
left join public.dana_desa_ketentuan as ket on ket.tahun = t.tahun
where r.level = 'desa';

-- private.bantuan_keluarga as in migration 20261201160000 but for the heads in several villages.
create or replace view private.bantuan_keluarga as
with penerimaan as (
  select k.id, k.periode as tahun, p.program
  from public.keluarga as k
  join public.penerima_bantuan as p on p.tahun = k.periode and p.id_keluarga = k.id_keluarga
  union
  select k.id, k.periode, p.program
  from public.keluarga as k
  join public.penerima_bantuan as p on p.tahun = k.periode and p.nik = k.nik_kepala
),
per_keluarga as (
  select id, tahun, array_agg(program order by program) as programs
  from penerimaan
  group by id, tahun
),
-- Heads whose NIK heads a household in more than one village in the same period (min ≠ max is
-- count(distinct) > 1 without sorting every household).
kepala_lintas_desa as (
  select periode, nik_kepala
  from public.keluarga
  group by periode, nik_kepala
  having min(kode_desa) <> max(kode_desa)
)
select
  k.id,
  k.kode_desa,
  k.periode as tahun,
  k.desil,
  k.jumlah_anggota,
  k.miskin,
  k.miskin_ekstrem,
  k.mata_pencaharian,
  coalesce(r.programs, '{}'::text[]) as programs,
  exists (
    select 1
    from public.kombinasi_program as c
    where not c.diizinkan and c.program_a = any (r.programs) and c.program_b = any (r.programs)
  ) as kombinasi_terlarang,
  kl.nik_kepala is not null as kepala_lintas_desa
from public.keluarga as k
left join per_keluarga as r on r.id = k.id and r.tahun = k.periode
left join kepala_lintas_desa as kl on kl.periode = k.periode and kl.nik_kepala = k.nik_kepala;

drop view if exists private.penerima_terdaftar;
