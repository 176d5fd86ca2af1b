-- The figure views of the indicator dictionary (20261207100000) without their repetitions (issue 19):
--
--   private.tahun_data        the years any source has, once (private.wilayah_tahun and
--                             private.hitungan_lain each wrote the same five-way union), read by
--                             index probes instead of full scans of each table each time a view
--                             needs them. private.hitungan_sel keeps its own years (the years with
--                             household data): read from here, the planner no longer knows how many
--                             there are and sorts its ~12 M (cell, count) pairs instead of hashing them
--   private.wilayah_induk     each desa with every region it counts towards (itself, its kecamatan, its
--                             kabupaten): the one grouping private.hitungan and private.wilayah_tahun
--                             both sum over (each wrote its own grouping sets)
--   private.indikator_bagian  the dictionary × counts join, with every part a figure is computed from and
--                             withheld by: private.indikator_semua (the planners' live figures) and
--                             terbit.indikator_mentah (what the publish step reads) both select from it
--
-- Every view keeps its columns and every row its value (supabase/tests/dictionary-equivalence.pg.test.ts).
-- The new views are private like the rest (no grant; nobody on the API reaches the schema). Every
-- statement can run twice.

-- Every year any source has, and whether it has a recipient list. Each source has an
-- index that starts with its year, so each step of the recursion is five index probes for the next year
-- after the last one.
create or replace view private.tahun_data as
with recursive t (tahun) as (
  select (-32768)::smallint
  union all
  select least(
    (select min(p.tahun) from public.penduduk as p where p.tahun > t.tahun),
    (select min(k.periode) from public.keluarga as k where k.periode > t.tahun),
    (select min(b.tahun) from public.penerima_bantuan as b where b.tahun > t.tahun),
    (select min(i.tahun) from public.idm as i where i.tahun > t.tahun),
    (select min(d.tahun) from public.dana_desa as d where d.tahun > t.tahun)
  )
  from t
  where t.tahun is not null
)
select t.tahun,
  exists (select 1 from public.penerima_bantuan as b where b.tahun = t.tahun) as ada_penerima
from t
where t.tahun > -32768;

-- Each desa (and kelurahan) with every region its figures are summed into: itself, its kecamatan and its
-- kabupaten, by code prefix.
create or replace view private.wilayah_induk as
select r.kode as kode_desa, r.jenis, r.luas_km2, g.kode, g.level
from public.regions as r
cross join lateral (
  values (r.kode, 'desa'), (left(r.kode, 8), 'kecamatan'), (left(r.kode, 5), 'kabupaten')
) as g (kode, level)
where r.level = 'desa';

-- Every region of the figures and every year any source has, with its number of desa and its area
-- (summed as double precision, as the boundaries give it).
create or replace view private.wilayah_tahun as
select g.kode, g.level, t.tahun, sum((g.jenis = 'desa')::integer) as jumlah_desa, sum(g.luas_km2) as luas_km2
from private.wilayah_induk as g
cross join private.tahun_data as t
group by g.kode, g.level, t.tahun;

-- Every other count of every desa, one SQL expression each (as before; the years, and which have a
-- recipient list, from private.tahun_data).
create or replace view private.hitungan_lain as
with penerima as (
  select p.kode_desa, p.tahun,
    count(*) filter (where p.program = 'PKH') as penerima_pkh,
    count(*) filter (where p.program = 'BPNT') as penerima_bpnt,
    count(*) filter (where p.program = 'BLT_DD') as penerima_blt_dd,
    count(*) filter (where p.program = 'PBI_JKN') as penerima_pbi_jkn,
    count(*) filter (where p.program = 'PIP') as penerima_pip,
    (sum(p.jumlah_baris) - count(*))::bigint as duplikat_dalam_program,
    count(*) filter (where p.lintas_desa) as duplikat_lintas_desa
  from private.penerima_per_identitas as p
  group by p.kode_desa, p.tahun
),
desa as (
  select r.kode, t.tahun, pd.jumlah_penduduk as penduduk, pd.jumlah_kk,
    case when r.jenis = 'desa' then pd.jumlah_penduduk end as penduduk_desa,
    t.ada_penerima,
    pn.penerima_pkh, pn.penerima_bpnt, pn.penerima_blt_dd, pn.penerima_pbi_jkn, pn.penerima_pip,
    pn.duplikat_dalam_program, pn.duplikat_lintas_desa,
    idm.skor_idm, idm.status as status_idm,
    dd.pagu, dd.alokasi_dasar, dd.alokasi_afirmasi, dd.alokasi_kinerja, dd.alokasi_formula, dd.pagu_blt_dd,
    dd.realisasi_tahap_1, dd.realisasi_tahap_2, dd.realisasi_tahap_3, ket.batas_blt_dd,
    dd.dasar_penduduk, dd.dasar_penduduk_miskin, dd.dasar_luas_km2, dd.dasar_ikg, dd.dasar_status_idm,
    dd.dasar_skor_kinerja
  from public.regions as r
  cross join private.tahun_data as t
  left join public.penduduk as pd on pd.kode_desa = r.kode and pd.tahun = t.tahun
  left join penerima as pn on pn.kode_desa = r.kode and pn.tahun = t.tahun
  left join public.idm as idm on idm.kode_desa = r.kode and idm.tahun = t.tahun
  left join public.dana_desa as dd on dd.kode_desa = r.kode and dd.tahun = t.tahun
  left join public.dana_desa_ketentuan as ket on ket.tahun = t.tahun
  where r.level = 'desa'
)
select d.kode, d.tahun, v.hitungan, v.nilai
from desa as d
cross join lateral (
  values
    ('penduduk', d.penduduk::numeric),
    ('jumlah_kk', d.jumlah_kk),
    ('penduduk_desa', d.penduduk_desa),
    ('penerima_pkh', case when d.ada_penerima then coalesce(d.penerima_pkh, 0) end),
    ('penerima_bpnt', case when d.ada_penerima then coalesce(d.penerima_bpnt, 0) end),
    ('penerima_blt_dd', case when d.ada_penerima then coalesce(d.penerima_blt_dd, 0) end),
    ('penerima_pbi_jkn', case when d.ada_penerima then coalesce(d.penerima_pbi_jkn, 0) end),
    ('penerima_pip', case when d.ada_penerima then coalesce(d.penerima_pip, 0) end),
    ('duplikat_dalam_program', case when d.ada_penerima then coalesce(d.duplikat_dalam_program, 0) end),
    ('duplikat_lintas_desa', case when d.ada_penerima then coalesce(d.duplikat_lintas_desa, 0) end),
    ('skor_idm_jumlah', d.skor_idm),
    ('jumlah_desa_idm', (d.skor_idm is not null)::integer),
    ('status_idm', case d.status_idm when 'sangat_tertinggal' then 1 when 'tertinggal' then 2
      when 'berkembang' then 3 when 'maju' then 4 when 'mandiri' then 5 end),
    ('dana_desa', d.pagu),
    ('alokasi_dasar', d.alokasi_dasar),
    ('alokasi_afirmasi', d.alokasi_afirmasi),
    ('alokasi_kinerja', d.alokasi_kinerja),
    ('alokasi_formula', d.alokasi_formula),
    ('pagu_blt_dd', d.pagu_blt_dd),
    ('batas_blt_dd_rp', d.pagu * d.batas_blt_dd),
    ('realisasi_dana_desa', d.realisasi_tahap_1 + d.realisasi_tahap_2 + d.realisasi_tahap_3),
    ('realisasi_tahap_1', d.realisasi_tahap_1),
    ('realisasi_tahap_2', d.realisasi_tahap_2),
    ('realisasi_tahap_3', d.realisasi_tahap_3),
    ('dasar_penduduk', d.dasar_penduduk),
    ('dasar_penduduk_miskin', d.dasar_penduduk_miskin),
    ('dasar_luas_km2', d.dasar_luas_km2),
    ('dasar_ikg', d.dasar_ikg),
    ('dasar_status_idm', case d.dasar_status_idm when 'sangat_tertinggal' then 1 when 'tertinggal' then 2
      when 'berkembang' then 3 when 'maju' then 4 when 'mandiri' then 5 end),
    ('dasar_skor_kinerja', d.dasar_skor_kinerja)
) as v (hitungan, nilai)
where v.nilai is not null;

-- Every count of every region and year, long form: the desa counts summed into every region they count
-- towards (a desa-only count stays at its desa), and the area of every region.
create or replace view private.hitungan as
with desa as (
  select s.kode, s.tahun, s.hitungan, s.nilai, 'jumlah' as agregasi from private.hitungan_sel as s
  union all
  select l.kode, l.tahun, l.hitungan, l.nilai, k.agregasi
  from private.hitungan_lain as l
  join private.kamus_hitungan as k on k.id = l.hitungan
)
select g.kode, g.level, d.tahun, d.hitungan, sum(d.nilai) as nilai
from desa as d
join private.wilayah_induk as g on g.kode_desa = d.kode
where d.agregasi = 'jumlah' or g.level = 'desa'
group by g.kode, g.level, d.tahun, d.hitungan
union all
select w.kode, w.level, w.tahun, 'luas_km2', w.luas_km2::numeric
from private.wilayah_tahun as w;

-- Every figure with every part it is computed from: each indicator of the dictionary for every region
-- and year, its value the numerator count or numerator × scale / denominator, the counts by name with
-- whether the publish step protects them, and the counts that withhold it when small.
create or replace view private.indikator_bagian as
with h as materialized (select kode, tahun, hitungan, nilai from private.hitungan)
select w.kode, w.level, w.tahun, k.id as indikator,
  case k.berlaku_di when 'semua' then true when 'ada_desa' then w.jumlah_desa > 0
    else w.jumlah_desa > 0 and w.level = 'desa' end as berlaku,
  case when k.penyebut is null then p.nilai else private.rasio(p.nilai, q.nilai, k.skala) end as nilai,
  k.pembilang as pembilang_nama, p.nilai as pembilang, kp.rahasia as pembilang_rahasia,
  k.penyebut as penyebut_nama, q.nilai as penyebut, coalesce(kq.rahasia, false) as penyebut_rahasia, k.skala,
  bp.nilai as basis_pembilang, bq.nilai as basis_penyebut
from private.wilayah_tahun as w
cross join private.kamus_indikator as k
join private.kamus_hitungan as kp on kp.id = k.pembilang
left join private.kamus_hitungan as kq on kq.id = k.penyebut
left join h as p on p.kode = w.kode and p.tahun = w.tahun and p.hitungan = k.pembilang
left join h as q on q.kode = w.kode and q.tahun = w.tahun and q.hitungan = k.penyebut
left join h as bp on bp.kode = w.kode and bp.tahun = w.tahun and bp.hitungan = k.basis_pembilang
left join h as bq on bq.kode = w.kode and bq.tahun = w.tahun and bq.hitungan = k.basis_penyebut;

-- Every figure before suppression, for the planners' live view and public.indikator_wilayah.
create or replace view private.indikator_semua as
select b.kode, b.level, b.tahun, b.indikator, b.nilai, b.basis_pembilang, b.basis_penyebut, b.berlaku
from private.indikator_bagian as b;

-- The same figures with the parts they are computed from, for the publish step (role penerbit).
create or replace view terbit.indikator_mentah
with (security_invoker = false) as
select b.kode, b.level, b.tahun::smallint as tahun, b.indikator, b.berlaku, b.nilai, b.pembilang_nama,
  b.pembilang, b.pembilang_rahasia, b.penyebut_nama, b.penyebut, b.penyebut_rahasia, b.skala
from private.indikator_bagian as b;

revoke all on private.tahun_data, private.wilayah_induk, private.indikator_bagian
  from public, anon, authenticated, service_role;
