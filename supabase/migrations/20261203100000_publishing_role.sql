-- The public reads only the published snapshot; a dedicated role publishes it (issue 13).
--
-- 1. Role `penerbit` (publisher): nologin, granted to the connection that runs the migrations (the
--    build's owner connection), which switches to it with `set local role penerbit` to export. PostgREST
--    never switches to it (its authenticator is not granted it), so no API request reaches what it reads.
-- 2. Schema `terbit` (publishing), usable by `penerbit` only, holds the raw figures the publish step puts
--    through disclosure control (scripts/data/disclosure/): `terbit.indikator_mentah` (every figure in long
--    form with the counts it is computed from) and `terbit.kombinasi_mentah` (households per combination of
--    programs for EVERY combination, zeros included), and the per-database disclosure key.
-- 3. `anon` and `authenticated` lose the live figure views `indikator_wilayah` and `kombinasi_wilayah`
--    (`penerbit` and `service_role` keep them); `kombinasi_terlarang_desa()` is for planners only.
--    Public reference tables (regions, programs and rules, population, IDM, Dana Desa) stay readable:
--    they are administrative data about villages, not about households, and cost one indexed read.
-- Every statement can run twice.

do $$
begin
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'penerbit') then
    create role penerbit nologin noinherit;
  end if;
end
$$;

-- The connection that migrates (postgres on Supabase, the superuser elsewhere) may become the publisher.
do $$
begin
  execute format('grant penerbit to %I', current_user);
end
$$;

create schema if not exists terbit;
revoke all on schema terbit from public;
grant usage on schema terbit to penerbit;

-- One secret per database, never in a published file: the disclosure key (docs/disclosure-control.md).
-- gen_random_uuid() is core PostgreSQL 13+; two of them give 244 random bits.
create table if not exists terbit.kunci_publikasi (
  id boolean primary key default true constraint kunci_publikasi_satu_baris check (id),
  kunci text not null default (gen_random_uuid()::text || gen_random_uuid()::text)
    constraint kunci_publikasi_panjang check (length(kunci) >= 32),
  dibuat timestamptz not null default now()
);
alter table terbit.kunci_publikasi enable row level security;
drop policy if exists "The publisher reads the disclosure key" on terbit.kunci_publikasi;
create policy "The publisher reads the disclosure key" on terbit.kunci_publikasi
  for select to penerbit using (true);
revoke all on table terbit.kunci_publikasi from public, anon, authenticated;
grant select on table terbit.kunci_publikasi to penerbit;
insert into terbit.kunci_publikasi (id) values (true) on conflict (id) do nothing;

comment on table terbit.kunci_publikasi is
  'The per-database disclosure key: keys the cell perturbation of published counts. Never published.';

-- Every figure in long form with the parts it is computed from: `nilai` = pembilang (a count or an amount)
-- or pembilang × skala / penyebut (a ratio). `*_rahasia` marks a part that counts households or persons
-- from the row-level data: the publish step perturbs those and recomputes the ratio from the perturbed
-- parts; the other parts are public administrative figures (population, area, IDM, Dana Desa) and pass
-- unchanged. Part names are the columns of private.hitungan_wilayah, so one name is one count.
create or replace view terbit.indikator_mentah
with (security_invoker = false) as
select
  h.kode, h.level, h.tahun::smallint as tahun, v.indikator, v.berlaku,
  case when v.penyebut_nama is null then v.pembilang else private.rasio(v.pembilang, v.penyebut, v.skala) end
    as nilai,
  v.pembilang_nama, v.pembilang, v.pembilang_rahasia, v.penyebut_nama, v.penyebut, v.penyebut_rahasia, v.skala
from private.hitungan_wilayah as h
left join private.dana_desa_rincian as r on r.kode = h.kode and r.tahun = h.tahun
cross join lateral (select h.jumlah_desa > 0 as ada_desa, h.level = 'desa' as desa) as j
cross join lateral (
  values
    ('luas_km2', 'luas_km2', h.luas_km2::numeric, false, null::text, null::numeric, false, null::numeric, true),
    ('penduduk', 'penduduk', h.penduduk, false, null, null, false, null, true),
    ('jumlah_kk', 'jumlah_kk', h.jumlah_kk, false, null, null, false, null, true),
    ('kepadatan', 'penduduk', h.penduduk, false, 'luas_km2', h.luas_km2::numeric, false, 1, true),
    ('jumlah_kk_dtsen', 'kk_dtsen', h.kk_dtsen, true, null, null, false, null, true),
    ('penduduk_miskin', 'penduduk_miskin', h.penduduk_miskin, true, null, null, false, null, true),
    ('persen_penduduk_miskin', 'penduduk_miskin', h.penduduk_miskin, true, 'anggota_dtsen', h.anggota_dtsen, true, 100, true),
    ('kk_miskin', 'kk_miskin', h.kk_miskin, true, null, null, false, null, true),
    ('kk_desil_1', 'kk_desil_1', h.kk_desil_1, true, null, null, false, null, true),
    ('persen_kk_desil_1', 'kk_desil_1', h.kk_desil_1, true, 'kk_dtsen', h.kk_dtsen, true, 100, true),
    ('kk_desil_1_2', 'kk_desil_1_2', h.kk_desil_1_2, true, null, null, false, null, true),
    ('persen_kk_desil_1_2', 'kk_desil_1_2', h.kk_desil_1_2, true, 'kk_dtsen', h.kk_dtsen, true, 100, true),
    ('kk_desil_1_4', 'kk_desil_1_4', h.kk_desil_1_4, true, null, null, false, null, true),
    ('persen_kk_desil_1_4', 'kk_desil_1_4', h.kk_desil_1_4, true, 'kk_dtsen', h.kk_dtsen, true, 100, true),
    ('kk_miskin_ekstrem', 'kk_miskin_ekstrem', h.kk_miskin_ekstrem, true, null, null, false, null, true),
    ('persen_kk_miskin_ekstrem', 'kk_miskin_ekstrem', h.kk_miskin_ekstrem, true, 'kk_dtsen', h.kk_dtsen, true, 100, true),
    ('persen_petani_miskin', 'kk_miskin_petani', h.kk_miskin_petani, true, 'kk_miskin', h.kk_miskin, true, 100, true),
    ('persen_nelayan_miskin', 'kk_miskin_nelayan', h.kk_miskin_nelayan, true, 'kk_miskin', h.kk_miskin, true, 100, true),
    ('persen_umkm_miskin', 'kk_miskin_umkm', h.kk_miskin_umkm, true, 'kk_miskin', h.kk_miskin, true, 100, true),
    ('penerima_pkh', 'penerima_pkh', h.penerima_pkh, true, null, null, false, null, true),
    ('penerima_bpnt', 'penerima_bpnt', h.penerima_bpnt, true, null, null, false, null, true),
    ('penerima_blt_dd', 'penerima_blt_dd', h.penerima_blt_dd, true, null, null, false, null, j.ada_desa),
    ('penerima_pbi_jkn', 'penerima_pbi_jkn', h.penerima_pbi_jkn, true, null, null, false, null, true),
    ('penerima_pip', 'penerima_pip', h.penerima_pip, true, null, null, false, null, true),
    ('cakupan_pkh', 'kk_desil_1_4_pkh', h.kk_desil_1_4_pkh, true, 'kk_desil_1_4', h.kk_desil_1_4, true, 100, true),
    ('cakupan_bpnt', 'kk_desil_1_4_bpnt', h.kk_desil_1_4_bpnt, true, 'kk_desil_1_4', h.kk_desil_1_4, true, 100, true),
    ('cakupan_blt_dd', 'kk_desil_1_4_blt_dd', h.kk_desil_1_4_blt_dd, true, 'kk_desil_1_4', h.kk_desil_1_4, true, 100, j.ada_desa),
    ('cakupan_pbi_jkn', 'kk_desil_1_4_pbi_jkn', h.kk_desil_1_4_pbi_jkn, true, 'kk_desil_1_4', h.kk_desil_1_4, true, 100, true),
    ('cakupan_pip', 'kk_desil_1_4_pip', h.kk_desil_1_4_pip, true, 'kk_desil_1_4', h.kk_desil_1_4, true, 100, true),
    ('galat_inklusi', 'kk_penerima_desil_5_10', h.kk_penerima_desil_5_10, true, 'kk_penerima', h.kk_penerima, true, 100, true),
    ('galat_eksklusi', 'kk_desil_1_2_tanpa_bantuan', h.kk_desil_1_2_tanpa_bantuan, true, 'kk_desil_1_2', h.kk_desil_1_2, true, 100, true),
    ('kk_bantuan_ganda', 'kk_bantuan_ganda', h.kk_bantuan_ganda, true, null, null, false, null, true),
    ('kk_kombinasi_terlarang', 'kk_kombinasi_terlarang', h.kk_kombinasi_terlarang, true, null, null, false, null, true),
    ('kk_duplikat_lintas_desa', 'kk_duplikat_lintas_desa', h.kk_duplikat_lintas_desa, true, null, null, false, null, true),
    ('duplikat_lintas_desa', 'duplikat_lintas_desa', h.duplikat_lintas_desa, true, null, null, false, null, true),
    ('duplikat_dalam_program', 'duplikat_dalam_program', h.duplikat_dalam_program, true, null, null, false, null, true),
    ('skor_idm', 'skor_idm_jumlah', h.skor_idm_jumlah, false, 'jumlah_desa_idm', h.jumlah_desa_idm, false, 1, j.ada_desa),
    ('status_idm', 'status_idm', h.status_idm, false, null, null, false, null, j.ada_desa and j.desa),
    ('dana_desa', 'dana_desa', h.dana_desa, false, null, null, false, null, j.ada_desa),
    ('alokasi_dasar', 'alokasi_dasar', h.alokasi_dasar, false, null, null, false, null, j.ada_desa),
    ('alokasi_afirmasi', 'alokasi_afirmasi', h.alokasi_afirmasi, false, null, null, false, null, j.ada_desa),
    ('alokasi_kinerja', 'alokasi_kinerja', h.alokasi_kinerja, false, null, null, false, null, j.ada_desa),
    ('alokasi_formula', 'alokasi_formula', h.alokasi_formula, false, null, null, false, null, j.ada_desa),
    ('pagu_blt_dd', 'pagu_blt_dd', h.pagu_blt_dd, false, null, null, false, null, j.ada_desa),
    ('dana_desa_per_kapita', 'dana_desa', h.dana_desa, false, 'penduduk_desa', h.penduduk_desa, false, 1, j.ada_desa),
    ('dana_desa_per_kk_miskin', 'dana_desa', h.dana_desa, false, 'kk_miskin_desa', h.kk_miskin_desa, true, 1, j.ada_desa),
    ('persen_blt_dd', 'pagu_blt_dd', h.pagu_blt_dd, false, 'dana_desa', h.dana_desa, false, 100, j.ada_desa),
    ('persen_blt_dd_terhadap_batas', 'pagu_blt_dd', h.pagu_blt_dd, false, 'batas_blt_dd_rp', h.dana_desa * h.batas_blt_dd, false, 100, j.ada_desa),
    ('realisasi_dana_desa_persen', 'realisasi_dana_desa', h.realisasi_dana_desa, false, 'dana_desa', h.dana_desa, false, 100, j.ada_desa),
    ('realisasi_tahap_1', 'realisasi_tahap_1', r.realisasi_tahap_1, false, null, null, false, null, j.ada_desa),
    ('realisasi_tahap_2', 'realisasi_tahap_2', r.realisasi_tahap_2, false, null, null, false, null, j.ada_desa),
    ('realisasi_tahap_3', 'realisasi_tahap_3', r.realisasi_tahap_3, false, null, null, false, null, j.ada_desa),
    ('realisasi_dana_desa', 'realisasi_dana_desa', h.realisasi_dana_desa, false, null, null, false, null, j.ada_desa),
    -- Data dasar of the allocation (DJPK, public): the poor population it counted is pinned by the published
    -- allocation formula anyway, so it is an administrative figure here, not a household count.
    ('dasar_penduduk', 'dasar_penduduk', r.dasar_penduduk, false, null, null, false, null, j.ada_desa and j.desa),
    ('dasar_penduduk_miskin', 'dasar_penduduk_miskin', r.dasar_penduduk_miskin, false, null, null, false, null, j.ada_desa and j.desa),
    ('dasar_luas_km2', 'dasar_luas_km2', r.dasar_luas_km2, false, null, null, false, null, j.ada_desa and j.desa),
    ('dasar_ikg', 'dasar_ikg', r.dasar_ikg, false, null, null, false, null, j.ada_desa and j.desa),
    ('dasar_status_idm', 'dasar_status_idm', r.dasar_status_idm, false, null, null, false, null, j.ada_desa and j.desa),
    ('dasar_skor_kinerja', 'dasar_skor_kinerja', r.dasar_skor_kinerja, false, null, null, false, null, j.ada_desa and j.desa)
) as v (indikator, pembilang_nama, pembilang, pembilang_rahasia, penyebut_nama, penyebut, penyebut_rahasia, skala, berlaku);

comment on view terbit.indikator_mentah is
  'Unprotected figures with the parts they are computed from, for the publish step (role penerbit) only.';

-- Households per combination of programs for every combination of the dictionary's programs, every region
-- and every year with a program list: a combination nobody has is a row with 0, so a missing row tells
-- nothing. `terlarang`: the combination holds a pair of programs a rule forbids.
create or replace view terbit.kombinasi_mentah
with (security_invoker = false) as
with recursive program as (
  select kode from public.program_bantuan
),
himpunan (programs) as (
  select array[kode] from program
  union all
  select h.programs || p.kode from himpunan as h join program as p on p.kode > h.programs[cardinality(h.programs)]
),
kombinasi as (
  select array_to_string(h.programs, '+') as kombinasi, cardinality(h.programs) as jumlah_program,
    exists (
      select 1 from public.kombinasi_program as c
      where not c.diizinkan and c.program_a = any (h.programs) and c.program_b = any (h.programs)
    ) as terlarang
  from himpunan as h
),
tahun as (select distinct tahun from public.penerima_bantuan),
hitungan as (
  select b.kode_desa, b.tahun, array_to_string(b.programs, '+') as kombinasi, count(*) as jumlah
  from private.bantuan_keluarga as b
  where cardinality(b.programs) > 0
  group by b.kode_desa, b.tahun, b.programs
),
per_wilayah as (
  select r.kode, r.level, h.tahun, h.kombinasi, sum(h.jumlah) as jumlah
  from hitungan as h
  join public.regions as r on r.kode = h.kode_desa or starts_with(h.kode_desa, r.kode || '.')
  group by r.kode, r.level, h.tahun, h.kombinasi
)
select r.kode, r.level, t.tahun::smallint as tahun, k.kombinasi, k.jumlah_program::smallint as jumlah_program,
  coalesce(w.jumlah, 0)::bigint as jumlah_kk, k.terlarang
from public.regions as r
cross join tahun as t
cross join kombinasi as k
left join per_wilayah as w on w.kode = r.kode and w.tahun = t.tahun and w.kombinasi = k.kombinasi;

comment on view terbit.kombinasi_mentah is
  'Unprotected households per combination of programs (zeros included), for the publish step only.';

-- The disclosure key, for the publish step.
create or replace function terbit.kunci() returns text
language sql
stable
set search_path = ''
as $$
  select kunci from terbit.kunci_publikasi where id
$$;

revoke all on terbit.indikator_mentah, terbit.kombinasi_mentah from public, anon, authenticated;
grant select on terbit.indikator_mentah, terbit.kombinasi_mentah to penerbit;
revoke execute on function terbit.kunci() from public;
grant execute on function terbit.kunci() to penerbit;

-- The views inside run with the caller's EXECUTE rights on these helpers (as for anon before).
grant execute on function private.sel_kecil(numeric), private.rasio(numeric, numeric, numeric) to penerbit;
grant usage on schema public to penerbit;

-- The live figure views: the publisher (and the service role) only.
revoke all on public.indikator_wilayah, public.kombinasi_wilayah from anon, authenticated;
grant select on public.indikator_wilayah, public.kombinasi_wilayah to penerbit, service_role;

-- Disallowed combinations per village: the planner screen's call, planners and admins only.
create or replace function public.kombinasi_terlarang_desa(p_tahun integer)
returns table (kode text, kombinasi text, jumlah_kk bigint, status text)
language plpgsql
stable
-- Not security_invoker: it aggregates rows the caller may not read and returns only the suppressed counts.
security definer
set search_path = ''
as $$
begin
  if not public.is_planner() then
    raise exception 'kombinasi_terlarang_desa is for planners only' using errcode = 'insufficient_privilege';
  end if;
  if p_tahun is null then
    raise exception 'kombinasi_terlarang_desa needs a year (p_tahun)' using errcode = 'invalid_parameter_value';
  end if;
  return query
    select b.kode_desa, array_to_string(b.programs, '+'),
      case when private.sel_kecil(count(*)) then null else count(*) end,
      case when private.sel_kecil(count(*)) then 'ditahan' else 'ada' end
    from private.bantuan_keluarga as b
    where b.tahun = p_tahun and b.kombinasi_terlarang and cardinality(b.programs) > 0
    group by 1, 2
    order by 1, 2;
end
$$;

revoke execute on function public.kombinasi_terlarang_desa(integer) from public, anon;
grant execute on function public.kombinasi_terlarang_desa(integer) to authenticated, service_role;

-- The publisher also exports the program dictionary and the rules (programs.json).
drop policy if exists "The publisher reads programs" on public.program_bantuan;
create policy "The publisher reads programs" on public.program_bantuan for select to penerbit using (true);
drop policy if exists "The publisher reads combination rules" on public.kombinasi_program;
create policy "The publisher reads combination rules" on public.kombinasi_program
  for select to penerbit using (true);
grant select on table public.program_bantuan, public.kombinasi_program to penerbit;
