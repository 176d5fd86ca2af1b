-- Dana Desa: realisation per stage, and the formula inputs (data dasar) each allocation was computed from,
-- so that the published allocation can be recomputed from published data (the formula simulator does).
--
-- 1. `public.dana_desa` gains the optional `dasar_*` columns of dana_desa.csv (docs/data-formats.md). The
--    table's row-level security and its three policies (20261128001200) cover the new columns as they are.
-- 2. `private.dana_desa_rincian`: the stage amounts summed per desa, kecamatan and kabupaten, and each
--    desa's own formula inputs (not aggregated, like its IDM status).
-- 3. `private.indikator_semua` is replaced with the same figures plus the new ones. Its columns do not
--    change (long form), so public.indikator_wilayah and public.indikator_lengkap() stay as they are, and
--    the earlier migrations still apply again unchanged (their views keep their own column lists).
-- Every statement can run twice.

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

alter table public.dana_desa drop constraint if exists dana_desa_dasar_poor_within_population;
alter table public.dana_desa
  add constraint dana_desa_dasar_poor_within_population check (dasar_penduduk_miskin <= dasar_penduduk);

comment on column public.dana_desa.dasar_penduduk is 'Data dasar: residents the allocation counted.';
comment on column public.dana_desa.dasar_penduduk_miskin is 'Data dasar: poor residents the allocation counted.';
comment on column public.dana_desa.dasar_luas_km2 is 'Data dasar: area in km² the allocation used.';
comment on column public.dana_desa.dasar_ikg is 'Data dasar: geographic difficulty index (IKG), 0–1.';
comment on column public.dana_desa.dasar_status_idm is 'Data dasar: IDM status used for afirmasi and kinerja.';
comment on column public.dana_desa.dasar_skor_kinerja is 'Data dasar: performance score; null = none.';

-- Stage amounts per desa, kecamatan (64.08.NN) and kabupaten (64.08), and the desa's formula inputs.
create or replace view private.dana_desa_rincian as
with d as (
  select dd.*, left(dd.kode_desa, 8) as kode_kecamatan, left(dd.kode_desa, 5) as kode_kabupaten
  from public.dana_desa as dd
)
select
  coalesce(kode_desa, kode_kecamatan, kode_kabupaten) as kode,
  tahun,
  sum(realisasi_tahap_1) as realisasi_tahap_1,
  sum(realisasi_tahap_2) as realisasi_tahap_2,
  sum(realisasi_tahap_3) as realisasi_tahap_3,
  case when kode_desa is not null then max(dasar_penduduk) end as dasar_penduduk,
  case when kode_desa is not null then max(dasar_penduduk_miskin) end as dasar_penduduk_miskin,
  case when kode_desa is not null then max(dasar_luas_km2) end as dasar_luas_km2,
  case when kode_desa is not null then max(dasar_ikg) end as dasar_ikg,
  -- 1 sangat tertinggal … 5 mandiri, the coding of status_idm
  case when kode_desa is not null then max(
    case dasar_status_idm
      when 'sangat_tertinggal' then 1 when 'tertinggal' then 2 when 'berkembang' then 3
      when 'maju' then 4 when 'mandiri' then 5
    end
  ) end as dasar_status_idm,
  case when kode_desa is not null then max(dasar_skor_kinerja) end as dasar_skor_kinerja
from d
group by grouping sets (
  (tahun, kode_kabupaten),
  (tahun, kode_kabupaten, kode_kecamatan),
  (tahun, kode_kabupaten, kode_kecamatan, kode_desa)
);

-- Every figure in long form, before suppression. Each entry names the counts it is built on
-- (basis_pembilang, basis_penyebut): a figure is withheld when either is a small cell. Figures built only
-- on public statistics (population, area, IDM, Dana Desa) have no basis and are never withheld.
-- `berlaku` is false where a figure does not apply: Dana Desa and IDM for kelurahan, a desa's IDM status
-- for kecamatan and the kabupaten.
create or replace view private.indikator_semua as
select h.kode, h.level, h.tahun, v.indikator, v.nilai, v.basis_pembilang, v.basis_penyebut, v.berlaku
from private.hitungan_wilayah as h
left join private.dana_desa_rincian as r on r.kode = h.kode and r.tahun = h.tahun
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
    ('realisasi_tahap_1', r.realisasi_tahap_1, null, null, j.ada_desa),
    ('realisasi_tahap_2', r.realisasi_tahap_2, null, null, j.ada_desa),
    ('realisasi_tahap_3', r.realisasi_tahap_3, null, null, j.ada_desa),
    ('realisasi_dana_desa', h.realisasi_dana_desa, null, null, j.ada_desa),
    -- Data dasar: the inputs of the allocation formula, per desa (20261201110000). The poor population is
    -- a count of people in poor households, so 1–4 is withheld like every other small count.
    ('dasar_penduduk', r.dasar_penduduk, null, null, j.ada_desa and h.level = 'desa'),
    ('dasar_penduduk_miskin', r.dasar_penduduk_miskin, r.dasar_penduduk_miskin, null, j.ada_desa and h.level = 'desa'),
    ('dasar_luas_km2', r.dasar_luas_km2, null, null, j.ada_desa and h.level = 'desa'),
    ('dasar_ikg', r.dasar_ikg, null, null, j.ada_desa and h.level = 'desa'),
    ('dasar_status_idm', r.dasar_status_idm, null, null, j.ada_desa and h.level = 'desa'),
    ('dasar_skor_kinerja', r.dasar_skor_kinerja, null, null, j.ada_desa and h.level = 'desa')
) as v (indikator, nilai, basis_pembilang, basis_penyebut, berlaku);
