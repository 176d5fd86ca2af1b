-- Dana Desa: realisation per stage, and the formula inputs (data dasar) each allocation was computed from,
-- so that the published allocation can be recomputed from published data (the formula simulator does).
--
-- 1. `public.dana_desa` gains the optional `dasar_*` columns of dana_desa.csv (docs/data-formats.md). The
--    table's row-level security and its three policies (20261128001200) cover the new columns as they are.
-- 2. The figure views are replaced with the same definitions plus new figures appended: realisasi_tahap_1..3,
--    realisasi_dana_desa and dasar_* (per desa only). `create or replace view` keeps the existing columns and
--    appends the new ones, so public.indikator_wilayah (which reads private.indikator_semua) is unchanged.

alter table public.dana_desa
  add column if not exists dasar_penduduk integer
    constraint dana_desa_dasar_penduduk_nonnegative check (dasar_penduduk >= 0),
  add column if not exists dasar_penduduk_miskin integer
    constraint dana_desa_dasar_penduduk_miskin_nonnegative check (dasar_penduduk_miskin >= 0),
  add column if not exists dasar_luas_km2 numeric(10, 4)
    constraint dana_desa_dasar_luas_nonnegative check (dasar_luas_km2 >= 0),
  add column if not exists dasar_ikg numeric(5, 4)
    constraint dana_desa_dasar_ikg_range check (dasar_ikg between 0 and 1),
  add column if not exists dasar_status_idm text
    constraint dana_desa_dasar_status_known
      check (dasar_status_idm in ('mandiri', 'maju', 'berkembang', 'tertinggal', 'sangat_tertinggal')),
  add column if not exists dasar_skor_kinerja numeric(5, 4)
    constraint dana_desa_dasar_skor_kinerja_range check (dasar_skor_kinerja between -1 and 1);

alter table public.dana_desa
  add constraint dana_desa_dasar_poor_within_population check (dasar_penduduk_miskin <= dasar_penduduk);

comment on column public.dana_desa.dasar_penduduk is 'Data dasar: residents the allocation counted.';
comment on column public.dana_desa.dasar_penduduk_miskin is 'Data dasar: poor residents the allocation counted.';
comment on column public.dana_desa.dasar_luas_km2 is 'Data dasar: area in km² the allocation used.';
comment on column public.dana_desa.dasar_ikg is 'Data dasar: geographic difficulty index (IKG), 0–1.';
comment on column public.dana_desa.dasar_status_idm is 'Data dasar: IDM status used for afirmasi and kinerja.';
comment on column public.dana_desa.dasar_skor_kinerja is 'Data dasar: performance score; null = none.';

-- Counts and sums per desa/kelurahan and year: one row for every village and every year that any table
-- has data for. A null means "no data", a zero means "counted, none".
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
-- Villages × years with any program list: a village nobody is listed in counts zero.
penerima as (
  select
    r.kode as kode_desa, y.tahun,
    count(distinct identitas) filter (where program = 'PKH') as penerima_pkh,
    count(distinct identitas) filter (where program = 'BPNT') as penerima_bpnt,
    count(distinct identitas) filter (where program = 'BLT_DD') as penerima_blt_dd,
    count(distinct identitas) filter (where program = 'PBI_JKN') as penerima_pbi_jkn,
    count(distinct identitas) filter (where program = 'PIP') as penerima_pip,
    coalesce(sum(nilai_rp), 0) as nilai_bantuan_rp,
    count(p.identitas) - count(distinct (program, identitas)) filter (where p.identitas is not null)
      as duplikat_dalam_program,
    count(distinct (program, identitas)) filter (where jumlah_desa > 1) as duplikat_lintas_desa
  from public.regions as r
  cross join (select distinct tahun from public.penerima_bantuan) as y
  left join private.penerima_terdaftar as p on p.kode_desa = r.kode and p.tahun = y.tahun
  where r.level = 'desa'
  group by r.kode, y.tahun
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
  ket.batas_blt_dd,
  -- Added by 20261201110000: realisation per stage and the formula inputs (data dasar).
  dd.realisasi_tahap_1, dd.realisasi_tahap_2, dd.realisasi_tahap_3,
  dd.dasar_penduduk, dd.dasar_penduduk_miskin, dd.dasar_luas_km2, dd.dasar_ikg,
  case dd.dasar_status_idm
    when 'sangat_tertinggal' then 1 when 'tertinggal' then 2 when 'berkembang' then 3
    when 'maju' then 4 when 'mandiri' then 5
  end as dasar_status_idm,
  dd.dasar_skor_kinerja
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

-- The same counts for every level: each desa, each kecamatan (kode 64.08.NN) and the kabupaten (64.08),
-- by summing desa rows. sum() of nulls stays null, so "no data" survives aggregation.
create or replace view private.hitungan_wilayah as
with d as (
  select h.*, left(h.kode, 8) as kode_kecamatan, left(h.kode, 5) as kode_kabupaten
  from private.hitungan_desa as h
)
select
  coalesce(kode, kode_kecamatan, kode_kabupaten) as kode,
  case when kode is not null then 'desa' when kode_kecamatan is not null then 'kecamatan' else 'kabupaten' end
    as level,
  tahun,
  sum(jumlah_desa) as jumlah_desa, sum(luas_km2) as luas_km2,
  sum(penduduk) as penduduk, sum(jumlah_kk) as jumlah_kk, sum(penduduk_desa) as penduduk_desa,
  sum(kk_dtsen) as kk_dtsen, sum(kk_desil_1) as kk_desil_1, sum(kk_desil_1_2) as kk_desil_1_2,
  sum(kk_desil_1_4) as kk_desil_1_4, sum(kk_miskin) as kk_miskin, sum(penduduk_miskin) as penduduk_miskin,
  sum(anggota_dtsen) as anggota_dtsen, sum(kk_miskin_ekstrem) as kk_miskin_ekstrem,
  sum(kk_miskin_petani) as kk_miskin_petani, sum(kk_miskin_nelayan) as kk_miskin_nelayan,
  sum(kk_miskin_umkm) as kk_miskin_umkm,
  sum(kk_desil_1_4_pkh) as kk_desil_1_4_pkh, sum(kk_desil_1_4_bpnt) as kk_desil_1_4_bpnt,
  sum(kk_desil_1_4_blt_dd) as kk_desil_1_4_blt_dd, sum(kk_desil_1_4_pbi_jkn) as kk_desil_1_4_pbi_jkn,
  sum(kk_desil_1_4_pip) as kk_desil_1_4_pip, sum(kk_penerima) as kk_penerima,
  sum(kk_penerima_desil_5_10) as kk_penerima_desil_5_10,
  sum(kk_desil_1_2_tanpa_bantuan) as kk_desil_1_2_tanpa_bantuan,
  sum(kk_bantuan_ganda) as kk_bantuan_ganda, sum(kk_kombinasi_terlarang) as kk_kombinasi_terlarang,
  sum(kk_duplikat_lintas_desa) as kk_duplikat_lintas_desa,
  sum(kk_miskin_desa) as kk_miskin_desa,
  sum(penerima_pkh) as penerima_pkh, sum(penerima_bpnt) as penerima_bpnt,
  sum(penerima_blt_dd) as penerima_blt_dd, sum(penerima_pbi_jkn) as penerima_pbi_jkn,
  sum(penerima_pip) as penerima_pip, sum(nilai_bantuan_rp) as nilai_bantuan_rp,
  sum(duplikat_dalam_program) as duplikat_dalam_program, sum(duplikat_lintas_desa) as duplikat_lintas_desa,
  sum(skor_idm) as skor_idm_jumlah, sum(jumlah_desa_idm) as jumlah_desa_idm,
  -- A status is a desa's own class; it does not aggregate.
  case when kode is not null then max(status_idm) end as status_idm,
  sum(dana_desa) as dana_desa, sum(alokasi_dasar) as alokasi_dasar, sum(alokasi_afirmasi) as alokasi_afirmasi,
  sum(alokasi_kinerja) as alokasi_kinerja, sum(alokasi_formula) as alokasi_formula,
  sum(pagu_blt_dd) as pagu_blt_dd, sum(realisasi_dana_desa) as realisasi_dana_desa,
  max(batas_blt_dd) as batas_blt_dd,
  sum(realisasi_tahap_1) as realisasi_tahap_1, sum(realisasi_tahap_2) as realisasi_tahap_2,
  sum(realisasi_tahap_3) as realisasi_tahap_3,
  -- The formula inputs are a desa's own; like its IDM status they do not aggregate.
  case when kode is not null then max(dasar_penduduk) end as dasar_penduduk,
  case when kode is not null then max(dasar_penduduk_miskin) end as dasar_penduduk_miskin,
  case when kode is not null then max(dasar_luas_km2) end as dasar_luas_km2,
  case when kode is not null then max(dasar_ikg) end as dasar_ikg,
  case when kode is not null then max(dasar_status_idm) end as dasar_status_idm,
  case when kode is not null then max(dasar_skor_kinerja) end as dasar_skor_kinerja
from d
group by grouping sets (
  (tahun, kode_kabupaten),
  (tahun, kode_kabupaten, kode_kecamatan),
  (tahun, kode_kabupaten, kode_kecamatan, kode)
);

-- 1–4 is a small cell: a count that small (or a share built on one) could single out a household.
create or replace function private.sel_kecil(n numeric) returns boolean
language sql
immutable
set search_path = ''
as $$
  select n between 1 and 4
$$;

create or replace function private.rasio(pembilang numeric, penyebut numeric, skala numeric) returns numeric
language sql
immutable
set search_path = ''
as $$
  select case when penyebut is null or penyebut = 0 then null else pembilang * skala / penyebut end
$$;

-- Every figure in long form, before suppression. Each entry names the counts it is built on
-- (basis_pembilang, basis_penyebut): a figure is withheld when either is a small cell. Figures built only
-- on public statistics (population, area, IDM, Dana Desa) have no basis and are never withheld.
-- `berlaku` is false where a figure does not apply: Dana Desa and IDM for kelurahan, a desa's IDM status
-- for kecamatan and the kabupaten.
create or replace view private.indikator_semua as
select h.kode, h.level, h.tahun, v.indikator, v.nilai, v.basis_pembilang, v.basis_penyebut, v.berlaku
from private.hitungan_wilayah as h
cross join lateral (
  select h.jumlah_desa > 0 as ada_desa
) as j
cross join lateral (
  values
    -- Kependudukan
    ('luas_km2', h.luas_km2::numeric, null::numeric, null::numeric, true),
    ('penduduk', h.penduduk, null, null, true),
    ('jumlah_kk', h.jumlah_kk, null, null, true),
    ('kepadatan', private.rasio(h.penduduk, h.luas_km2::numeric, 1), null, null, true),
    -- Kemiskinan (DTSEN)
    ('jumlah_kk_dtsen', h.kk_dtsen, h.kk_dtsen, null, true),
    ('penduduk_miskin', h.penduduk_miskin, h.kk_miskin, null, true),
    ('persen_penduduk_miskin', private.rasio(h.penduduk_miskin, h.anggota_dtsen, 100), h.kk_miskin, h.kk_dtsen, true),
    ('kk_miskin', h.kk_miskin, h.kk_miskin, null, true),
    ('kk_desil_1', h.kk_desil_1, h.kk_desil_1, null, true),
    ('persen_kk_desil_1', private.rasio(h.kk_desil_1, h.kk_dtsen, 100), h.kk_desil_1, h.kk_dtsen, true),
    ('kk_desil_1_2', h.kk_desil_1_2, h.kk_desil_1_2, null, true),
    ('persen_kk_desil_1_2', private.rasio(h.kk_desil_1_2, h.kk_dtsen, 100), h.kk_desil_1_2, h.kk_dtsen, true),
    ('kk_desil_1_4', h.kk_desil_1_4, h.kk_desil_1_4, null, true),
    ('persen_kk_desil_1_4', private.rasio(h.kk_desil_1_4, h.kk_dtsen, 100), h.kk_desil_1_4, h.kk_dtsen, true),
    ('kk_miskin_ekstrem', h.kk_miskin_ekstrem, h.kk_miskin_ekstrem, null, true),
    ('persen_kk_miskin_ekstrem', private.rasio(h.kk_miskin_ekstrem, h.kk_dtsen, 100), h.kk_miskin_ekstrem, h.kk_dtsen, true),
    -- Mata pencaharian: share of poor households by livelihood
    ('persen_petani_miskin', private.rasio(h.kk_miskin_petani, h.kk_miskin, 100), h.kk_miskin_petani, h.kk_miskin, true),
    ('persen_nelayan_miskin', private.rasio(h.kk_miskin_nelayan, h.kk_miskin, 100), h.kk_miskin_nelayan, h.kk_miskin, true),
    ('persen_umkm_miskin', private.rasio(h.kk_miskin_umkm, h.kk_miskin, 100), h.kk_miskin_umkm, h.kk_miskin, true),
    -- Bantuan sosial: recipients as listed, and coverage of the desil 1–4 households
    ('penerima_pkh', h.penerima_pkh, h.penerima_pkh, null, true),
    ('penerima_bpnt', h.penerima_bpnt, h.penerima_bpnt, null, true),
    ('penerima_blt_dd', h.penerima_blt_dd, h.penerima_blt_dd, null, j.ada_desa),
    ('penerima_pbi_jkn', h.penerima_pbi_jkn, h.penerima_pbi_jkn, null, true),
    ('penerima_pip', h.penerima_pip, h.penerima_pip, null, true),
    ('cakupan_pkh', private.rasio(h.kk_desil_1_4_pkh, h.kk_desil_1_4, 100), h.kk_desil_1_4_pkh, h.kk_desil_1_4, true),
    ('cakupan_bpnt', private.rasio(h.kk_desil_1_4_bpnt, h.kk_desil_1_4, 100), h.kk_desil_1_4_bpnt, h.kk_desil_1_4, true),
    ('cakupan_blt_dd', private.rasio(h.kk_desil_1_4_blt_dd, h.kk_desil_1_4, 100), h.kk_desil_1_4_blt_dd, h.kk_desil_1_4, j.ada_desa),
    ('cakupan_pbi_jkn', private.rasio(h.kk_desil_1_4_pbi_jkn, h.kk_desil_1_4, 100), h.kk_desil_1_4_pbi_jkn, h.kk_desil_1_4, true),
    ('cakupan_pip', private.rasio(h.kk_desil_1_4_pip, h.kk_desil_1_4, 100), h.kk_desil_1_4_pip, h.kk_desil_1_4, true),
    ('galat_inklusi', private.rasio(h.kk_penerima_desil_5_10, h.kk_penerima, 100), h.kk_penerima_desil_5_10, h.kk_penerima, true),
    ('galat_eksklusi', private.rasio(h.kk_desil_1_2_tanpa_bantuan, h.kk_desil_1_2, 100), h.kk_desil_1_2_tanpa_bantuan, h.kk_desil_1_2, true),
    -- Tumpang tindih dan duplikat
    ('kk_bantuan_ganda', h.kk_bantuan_ganda, h.kk_bantuan_ganda, null, true),
    ('kk_kombinasi_terlarang', h.kk_kombinasi_terlarang, h.kk_kombinasi_terlarang, null, true),
    ('kk_duplikat_lintas_desa', h.kk_duplikat_lintas_desa, h.kk_duplikat_lintas_desa, null, true),
    ('duplikat_lintas_desa', h.duplikat_lintas_desa, h.duplikat_lintas_desa, null, true),
    ('duplikat_dalam_program', h.duplikat_dalam_program, h.duplikat_dalam_program, null, true),
    -- IDM
    ('skor_idm', private.rasio(h.skor_idm_jumlah, h.jumlah_desa_idm, 1), null, null, j.ada_desa),
    ('status_idm', h.status_idm, null, null, j.ada_desa and h.level = 'desa'),
    -- Dana Desa
    ('dana_desa', h.dana_desa, null, null, j.ada_desa),
    ('alokasi_dasar', h.alokasi_dasar, null, null, j.ada_desa),
    ('alokasi_afirmasi', h.alokasi_afirmasi, null, null, j.ada_desa),
    ('alokasi_kinerja', h.alokasi_kinerja, null, null, j.ada_desa),
    ('alokasi_formula', h.alokasi_formula, null, null, j.ada_desa),
    ('pagu_blt_dd', h.pagu_blt_dd, null, null, j.ada_desa),
    ('dana_desa_per_kapita', private.rasio(h.dana_desa, h.penduduk_desa, 1), null, null, j.ada_desa),
    ('dana_desa_per_kk_miskin', private.rasio(h.dana_desa, h.kk_miskin_desa, 1), null, h.kk_miskin_desa, j.ada_desa),
    ('persen_blt_dd', private.rasio(h.pagu_blt_dd, h.dana_desa, 100), null, null, j.ada_desa),
    ('persen_blt_dd_terhadap_batas', private.rasio(h.pagu_blt_dd, h.dana_desa * h.batas_blt_dd, 100), null, null, j.ada_desa),
    ('realisasi_dana_desa_persen', private.rasio(h.realisasi_dana_desa, h.dana_desa, 100), null, null, j.ada_desa),
    -- Realisation per disbursement stage, and in total (20261201110000)
    ('realisasi_tahap_1', h.realisasi_tahap_1, null, null, j.ada_desa),
    ('realisasi_tahap_2', h.realisasi_tahap_2, null, null, j.ada_desa),
    ('realisasi_tahap_3', h.realisasi_tahap_3, null, null, j.ada_desa),
    ('realisasi_dana_desa', h.realisasi_dana_desa, null, null, j.ada_desa),
    -- Data dasar: the inputs of the allocation formula, per desa (20261201110000). The poor population is
    -- a count of people in poor households, so 1–4 is withheld like every other small count.
    ('dasar_penduduk', h.dasar_penduduk, null, null, j.ada_desa and h.level = 'desa'),
    ('dasar_penduduk_miskin', h.dasar_penduduk_miskin, h.dasar_penduduk_miskin, null, j.ada_desa and h.level = 'desa'),
    ('dasar_luas_km2', h.dasar_luas_km2, null, null, j.ada_desa and h.level = 'desa'),
    ('dasar_ikg', h.dasar_ikg, null, null, j.ada_desa and h.level = 'desa'),
    ('dasar_status_idm', h.dasar_status_idm, null, null, j.ada_desa and h.level = 'desa'),
    ('dasar_skor_kinerja', h.dasar_skor_kinerja, null, null, j.ada_desa and h.level = 'desa')
) as v (indikator, nilai, basis_pembilang, basis_penyebut, berlaku);
