-- One indicator dictionary that SQL reads (issue 19). Until now every figure was restated in three wide
-- views (private.hitungan_desa, private.hitungan_wilayah, private.indikator_semua) and once more in
-- terbit.indikator_mentah: a new ratio of existing counts meant restating ~220 lines. Now the dictionary
-- (src/indicators/dictionary/, rows written by `npm run gen:dictionary`) is two tables:
--
--   private.kamus_hitungan   every count: a household or person count as a predicate over the elementary
--                            cells of terbit.sel_keluarga (the cells the publish step rounds), or a count
--                            computed by one SQL expression in private.hitungan_lain, declared by id
--   private.kamus_indikator  every indicator: numerator and denominator counts, scale, the household
--                            counts that withhold it when small, and where it applies
--
-- and the figure views are generic: counts in long form (private.hitungan), indicators a join of the
-- dictionary with them. Every figure stays what it was (supabase/tests/dictionary-equivalence.pg.test.ts
-- compares every row of private.indikator_semua and terbit.indikator_mentah before and after on the
-- figure fixtures). private.hitungan_desa, private.hitungan_wilayah and private.dana_desa_rincian, which
-- nothing reads any more, are dropped. Every statement can run twice.

create table if not exists private.kamus_hitungan (
  id text primary key check (id ~ '^[a-z][a-z0-9_]*$'),
  -- 'sel': a sum of elementary cells (always protected); 'sql': an expression of private.hitungan_lain
  sumber text not null check (sumber in ('sel', 'sql')),
  -- protected by the publish step (the *_rahasia parts of terbit.indikator_mentah)
  rahasia boolean not null,
  -- summed over the desa of a kecamatan and kabupaten, or a desa's own value only
  agregasi text not null default 'jumlah' check (agregasi in ('jumlah', 'desa')),
  -- The cell predicate: every stated attribute must hold (null: any). Households or members.
  satuan text check (satuan in ('kk', 'jiwa')),
  desil text[] check (desil <@ array['1', '2', '3-4', '5-10']),
  miskin boolean,
  miskin_ekstrem boolean,
  mata_pencaharian text check (mata_pencaharian in ('petani', 'nelayan', 'umkm', 'lainnya')),
  program text,
  program_min smallint,
  program_maks smallint,
  terlarang boolean,
  lintas_desa boolean,
  -- only for years with a recipient list; only for desa (a kelurahan has none)
  perlu_penerima boolean not null default false,
  hanya_desa boolean not null default false,
  keterangan text not null default '',
  constraint kamus_hitungan_sel_punya_satuan check ((sumber = 'sel') = (satuan is not null)),
  constraint kamus_hitungan_sel_rahasia check (sumber = 'sql' or rahasia),
  constraint kamus_hitungan_sel_dijumlah check (sumber = 'sql' or agregasi = 'jumlah'),
  constraint kamus_hitungan_predikat_sel check (
    sumber = 'sel' or (desil is null and miskin is null and miskin_ekstrem is null
      and mata_pencaharian is null and program is null and program_min is null and program_maks is null
      and terlarang is null and lintas_desa is null and not perlu_penerima and not hanya_desa)
  )
);

create table if not exists private.kamus_indikator (
  id text primary key check (id ~ '^[a-z][a-z0-9_]*$'),
  pembilang text not null references private.kamus_hitungan (id),
  penyebut text references private.kamus_hitungan (id),
  skala numeric check (skala in (1, 100)),
  basis_pembilang text references private.kamus_hitungan (id),
  basis_penyebut text references private.kamus_hitungan (id),
  -- 'semua': every region; 'ada_desa': regions with a desa; 'desa': a desa alone
  berlaku_di text not null check (berlaku_di in ('semua', 'ada_desa', 'desa')),
  constraint kamus_indikator_skala_rasio check ((penyebut is null) = (skala is null))
);

comment on table private.kamus_hitungan is
  'The counts of the indicator dictionary (src/indicators/dictionary/counts.ts, rows by npm run gen:dictionary).';
comment on table private.kamus_indikator is
  'The indicators of the dictionary (src/indicators/dictionary/indicators.ts, rows by npm run gen:dictionary).';

-- Like every table of private: row level security on, no policy, no grant. The figure views read them as
-- their owner; no API role reads them directly.
alter table private.kamus_hitungan enable row level security;
alter table private.kamus_indikator enable row level security;
revoke all on private.kamus_hitungan, private.kamus_indikator from public, anon, authenticated, service_role;

-- Every region of the figures (each desa and kelurahan, each kecamatan and the kabupaten they make up)
-- and every year any source has, with its number of desa and its area (summed as double precision, as
-- the boundaries give it).
create or replace view private.wilayah_tahun as
with tahun as (
  select tahun from public.penduduk
  union select periode from public.keluarga
  union select tahun from public.penerima_bantuan
  union select tahun from public.idm
  union select tahun from public.dana_desa
),
d as (
  select r.kode, t.tahun, (r.jenis = 'desa')::integer as jumlah_desa, r.luas_km2,
    left(r.kode, 8) as kode_kecamatan, left(r.kode, 5) as kode_kabupaten
  from public.regions as r
  cross join tahun as t
  where r.level = 'desa'
)
select coalesce(d.kode, d.kode_kecamatan, d.kode_kabupaten) as kode,
  case when d.kode is not null then 'desa' when d.kode_kecamatan is not null then 'kecamatan'
    else 'kabupaten' end as level,
  d.tahun, sum(d.jumlah_desa) as jumlah_desa, sum(d.luas_km2) as luas_km2
from d
group by grouping sets ((d.tahun, d.kode_kabupaten), (d.tahun, d.kode_kabupaten, d.kode_kecamatan),
  (d.tahun, d.kode_kabupaten, d.kode_kecamatan, d.kode));

-- The household and person counts of every desa: the cells of terbit.sel_keluarga that match each count's
-- predicate, summed. Every desa has every count for every year with household data (0 when no cell
-- matches); a count that needs a recipient list only for years that have one; a desa-only count not for a
-- kelurahan.
create or replace view private.hitungan_sel as
with jumlah as (
  select c.kode, c.tahun, k.id as hitungan,
    sum(case k.satuan when 'jiwa' then c.jumlah_jiwa else c.jumlah_kk end) as nilai
  from terbit.sel_keluarga as c
  join private.kamus_hitungan as k on k.sumber = 'sel'
    and (k.desil is null or c.desil = any (k.desil))
    and (k.miskin is null or c.miskin = k.miskin)
    and (k.miskin_ekstrem is null or c.miskin_ekstrem = k.miskin_ekstrem)
    and (k.mata_pencaharian is null or c.mata_pencaharian = k.mata_pencaharian)
    and (k.program is null or k.program = any (string_to_array(c.kombinasi, '+')))
    and (k.program_min is null or c.jumlah_program >= k.program_min)
    and (k.program_maks is null or c.jumlah_program <= k.program_maks)
    and (k.terlarang is null or c.terlarang = k.terlarang)
    and (k.lintas_desa is null or c.lintas_desa = k.lintas_desa)
  group by c.kode, c.tahun, k.id
)
select r.kode, y.tahun, k.id as hitungan, coalesce(j.nilai, 0)::numeric as nilai
from public.regions as r
cross join (select distinct periode as tahun from public.keluarga) as y
join private.kamus_hitungan as k on k.sumber = 'sel'
left join jumlah as j on j.kode = r.kode and j.tahun = y.tahun and j.hitungan = k.id
where r.level = 'desa'
  and (not k.hanya_desa or r.jenis = 'desa')
  and (not k.perlu_penerima or y.tahun in (select distinct tahun from public.penerima_bantuan));

-- Every other count of every desa, one SQL expression each (a count the dictionary declares with
-- sumber 'sql'), in long form; a count without a value (no source row that year) has no row. The
-- recipient counts are 0 for a desa without listings in a year that has a recipient list.
create or replace view private.hitungan_lain as
with tahun as (
  select tahun from public.penduduk
  union select periode from public.keluarga
  union select tahun from public.penerima_bantuan
  union select tahun from public.idm
  union select tahun from public.dana_desa
),
penerima as (
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
    pt.tahun is not null as ada_penerima,
    pn.penerima_pkh, pn.penerima_bpnt, pn.penerima_blt_dd, pn.penerima_pbi_jkn, pn.penerima_pip,
    pn.duplikat_dalam_program, pn.duplikat_lintas_desa,
    idm.skor_idm, idm.status as status_idm,
    dd.pagu, dd.alokasi_dasar, dd.alokasi_afirmasi, dd.alokasi_kinerja, dd.alokasi_formula, dd.pagu_blt_dd,
    dd.realisasi_tahap_1, dd.realisasi_tahap_2, dd.realisasi_tahap_3, ket.batas_blt_dd,
    dd.dasar_penduduk, dd.dasar_penduduk_miskin, dd.dasar_luas_km2, dd.dasar_ikg, dd.dasar_status_idm,
    dd.dasar_skor_kinerja
  from public.regions as r
  cross join tahun as t
  left join public.penduduk as pd on pd.kode_desa = r.kode and pd.tahun = t.tahun
  left join (select distinct tahun from public.penerima_bantuan) as pt on pt.tahun = t.tahun
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

-- Every count of every region and year, long form: the desa counts, summed to each kecamatan and the
-- kabupaten (a desa-only count stays at its desa), and the area of every region. A count a region has no
-- value for has no row (a sum over desa without values has none either).
create or replace view private.hitungan as
with desa as (
  select s.kode, s.tahun, s.hitungan, s.nilai, 'jumlah' as agregasi from private.hitungan_sel as s
  union all
  select l.kode, l.tahun, l.hitungan, l.nilai, k.agregasi
  from private.hitungan_lain as l
  join private.kamus_hitungan as k on k.id = l.hitungan
),
d as (
  select desa.*, left(desa.kode, 8) as kode_kecamatan, left(desa.kode, 5) as kode_kabupaten from desa
)
select coalesce(d.kode, d.kode_kecamatan, d.kode_kabupaten) as kode,
  case when d.kode is not null then 'desa' when d.kode_kecamatan is not null then 'kecamatan'
    else 'kabupaten' end as level,
  d.tahun, d.hitungan, sum(d.nilai) as nilai
from d
group by grouping sets ((d.tahun, d.hitungan, d.agregasi, d.kode_kabupaten),
  (d.tahun, d.hitungan, d.agregasi, d.kode_kabupaten, d.kode_kecamatan),
  (d.tahun, d.hitungan, d.agregasi, d.kode_kabupaten, d.kode_kecamatan, d.kode))
having d.agregasi = 'jumlah' or grouping(d.kode) = 0
union all
select w.kode, w.level, w.tahun, 'luas_km2', w.luas_km2::numeric
from private.wilayah_tahun as w;

-- Every figure, before suppression: each indicator of the dictionary for every region and year, its value
-- the numerator count or numerator × scale / denominator, its suppression basis the counts the dictionary
-- names. Same columns as before.
create or replace view private.indikator_semua as
with h as materialized (select kode, tahun, hitungan, nilai from private.hitungan)
select w.kode, w.level, w.tahun, k.id as indikator,
  case when k.penyebut is null then p.nilai else private.rasio(p.nilai, q.nilai, k.skala) end as nilai,
  bp.nilai as basis_pembilang, bq.nilai as basis_penyebut,
  case k.berlaku_di when 'semua' then true when 'ada_desa' then w.jumlah_desa > 0
    else w.jumlah_desa > 0 and w.level = 'desa' end as berlaku
from private.wilayah_tahun as w
cross join private.kamus_indikator as k
left join h as p on p.kode = w.kode and p.tahun = w.tahun and p.hitungan = k.pembilang
left join h as q on q.kode = w.kode and q.tahun = w.tahun and q.hitungan = k.penyebut
left join h as bp on bp.kode = w.kode and bp.tahun = w.tahun and bp.hitungan = k.basis_pembilang
left join h as bq on bq.kode = w.kode and bq.tahun = w.tahun and bq.hitungan = k.basis_penyebut;

-- The same figures with the parts they are computed from, for the publish step (role penerbit): part
-- names are count ids of the dictionary, `*_rahasia` its counts the publish step protects. Same columns.
create or replace view terbit.indikator_mentah
with (security_invoker = false) as
with h as materialized (select kode, tahun, hitungan, nilai from private.hitungan)
select w.kode, w.level, w.tahun::smallint as tahun, k.id as indikator,
  case k.berlaku_di when 'semua' then true when 'ada_desa' then w.jumlah_desa > 0
    else w.jumlah_desa > 0 and w.level = 'desa' end as berlaku,
  case when k.penyebut is null then p.nilai else private.rasio(p.nilai, q.nilai, k.skala) end as nilai,
  k.pembilang as pembilang_nama, p.nilai as pembilang, kp.rahasia as pembilang_rahasia,
  k.penyebut as penyebut_nama, q.nilai as penyebut, coalesce(kq.rahasia, false) as penyebut_rahasia, k.skala
from private.wilayah_tahun as w
cross join private.kamus_indikator as k
join private.kamus_hitungan as kp on kp.id = k.pembilang
left join private.kamus_hitungan as kq on kq.id = k.penyebut
left join h as p on p.kode = w.kode and p.tahun = w.tahun and p.hitungan = k.pembilang
left join h as q on q.kode = w.kode and q.tahun = w.tahun and q.hitungan = k.penyebut;

comment on view terbit.indikator_mentah is
  'Unprotected figures with the parts they are computed from, for the publish step (role penerbit) only.';
revoke all on terbit.indikator_mentah from public, anon, authenticated;
grant select on terbit.indikator_mentah to penerbit;

revoke all on private.wilayah_tahun, private.hitungan_sel, private.hitungan_lain, private.hitungan
  from public, anon, authenticated;

drop view if exists private.hitungan_wilayah;
drop view if exists private.hitungan_desa;
drop view if exists private.dana_desa_rincian;
