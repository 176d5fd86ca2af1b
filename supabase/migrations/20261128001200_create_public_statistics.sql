-- Public statistics per desa per year: population, Indeks Desa Membangun and Dana Desa. Nothing here is
-- about a person, so everyone may read it; planners and admins import it; the pipeline writes as
-- service_role. Column names are the import format's (docs/data-formats.md).

create table if not exists public.penduduk (
  kode_desa text not null references public.regions (kode),
  tahun smallint not null constraint penduduk_tahun_range check (tahun between 2015 and 2100),
  jumlah_penduduk integer not null constraint penduduk_jumlah_nonnegative check (jumlah_penduduk >= 0),
  laki_laki integer not null constraint penduduk_laki_laki_nonnegative check (laki_laki >= 0),
  perempuan integer not null constraint penduduk_perempuan_nonnegative check (perempuan >= 0),
  jumlah_kk integer not null constraint penduduk_kk_nonnegative check (jumlah_kk >= 0),
  batch_id bigint references public.import_batches (id),
  primary key (kode_desa, tahun),
  constraint penduduk_sexes_add_up check (jumlah_penduduk = laki_laki + perempuan)
);

create table if not exists public.idm (
  kode_desa text not null references public.regions (kode),
  tahun smallint not null constraint idm_tahun_range check (tahun between 2015 and 2100),
  skor_idm numeric(5, 4) not null constraint idm_skor_range check (skor_idm between 0 and 1),
  iks numeric(5, 4) not null constraint idm_iks_range check (iks between 0 and 1),
  ike numeric(5, 4) not null constraint idm_ike_range check (ike between 0 and 1),
  ikl numeric(5, 4) not null constraint idm_ikl_range check (ikl between 0 and 1),
  status text not null constraint idm_status_known
    check (status in ('mandiri', 'maju', 'berkembang', 'tertinggal', 'sangat_tertinggal')),
  batch_id bigint references public.import_batches (id),
  primary key (kode_desa, tahun)
);

create table if not exists public.dana_desa (
  kode_desa text not null references public.regions (kode),
  tahun smallint not null constraint dana_desa_tahun_range check (tahun between 2015 and 2100),
  pagu bigint not null constraint dana_desa_pagu_nonnegative check (pagu >= 0),
  alokasi_dasar bigint not null check (alokasi_dasar >= 0),
  alokasi_afirmasi bigint not null check (alokasi_afirmasi >= 0),
  alokasi_kinerja bigint not null check (alokasi_kinerja >= 0),
  alokasi_formula bigint not null check (alokasi_formula >= 0),
  pagu_blt_dd bigint not null check (pagu_blt_dd >= 0),
  realisasi_tahap_1 bigint not null check (realisasi_tahap_1 >= 0),
  realisasi_tahap_2 bigint not null check (realisasi_tahap_2 >= 0),
  realisasi_tahap_3 bigint not null check (realisasi_tahap_3 >= 0),
  batch_id bigint references public.import_batches (id),
  primary key (kode_desa, tahun),
  constraint dana_desa_components_add_up
    check (pagu = alokasi_dasar + alokasi_afirmasi + alokasi_kinerja + alokasi_formula),
  constraint dana_desa_blt_within_pagu check (pagu_blt_dd <= pagu),
  constraint dana_desa_realisation_within_pagu
    check (realisasi_tahap_1 + realisasi_tahap_2 + realisasi_tahap_3 <= pagu)
);

-- The year's national rules for Dana Desa that the figures are measured against.
create table if not exists public.dana_desa_ketentuan (
  tahun smallint primary key constraint dana_desa_ketentuan_tahun_range check (tahun between 2015 and 2100),
  -- Highest share of a village's Dana Desa that may go to BLT-DD (0.25 = 25%); null = no cap that year.
  batas_blt_dd numeric(4, 3) constraint dana_desa_ketentuan_cap_range check (batas_blt_dd between 0 and 1),
  sumber text not null
);

comment on table public.penduduk is 'Population per desa per year (public).';
comment on table public.idm is 'Indeks Desa Membangun per desa per year (public; kelurahan have none).';
comment on table public.dana_desa is 'Dana Desa allocation, components, BLT-DD budget and realisation (public).';
comment on table public.dana_desa_ketentuan is 'National Dana Desa rules per year, e.g. the BLT-DD cap.';

-- BLT-DD caps: PMK 146/2023 (2024: at most 25%) and the 2025 rule (at most 15%), as compiled in the
-- team's fact sheet. 2022 had a 40% minimum instead of a cap (PMK 190/2021) and 2023 a 25% maximum
-- (PMK 201/2022).
insert into public.dana_desa_ketentuan (tahun, batas_blt_dd, sumber) values
  (2022, null, 'PMK 190/2021: BLT-DD at least 40% (a floor, no cap)'),
  (2023, 0.25, 'PMK 201/2022: BLT-DD at most 25%'),
  (2024, 0.25, 'PMK 146/2023: BLT-DD at most 25%'),
  (2025, 0.15, 'Dana Desa 2025 rule: BLT-DD at most 15%')
on conflict (tahun) do nothing;

create index if not exists penduduk_tahun_idx on public.penduduk (tahun);
create index if not exists idm_tahun_idx on public.idm (tahun);
create index if not exists dana_desa_tahun_idx on public.dana_desa (tahun);

-- Row-level security: the same three policies on each table.
do $$
declare
  t text;
begin
  foreach t in array array['penduduk', 'idm', 'dana_desa', 'dana_desa_ketentuan'] loop
    execute format('alter table public.%I enable row level security', t);
    execute format('drop policy if exists "Public statistics are readable by everyone" on public.%I', t);
    execute format(
      'create policy "Public statistics are readable by everyone" on public.%I for select to anon, authenticated using (true)', t);
    execute format('drop policy if exists "Planners write public statistics" on public.%I', t);
    execute format(
      'create policy "Planners write public statistics" on public.%I for all to authenticated using ((select public.is_planner())) with check ((select public.is_planner()))', t);
    execute format('drop policy if exists "The service role writes public statistics" on public.%I', t);
    execute format(
      'create policy "The service role writes public statistics" on public.%I for all to service_role using (true) with check (true)', t);
    execute format('revoke all on table public.%I from anon, authenticated', t);
    execute format('grant select on table public.%I to anon', t);
    execute format('grant select, insert, update, delete on table public.%I to authenticated', t);
    execute format('grant all on table public.%I to service_role', t);
  end loop;
end
$$;

-- IDM and Dana Desa exist only for desa: a kelurahan is administered by the kabupaten and receives no
-- Dana Desa. A foreign key cannot look at `jenis`, so a trigger guards it.
create or replace function private.require_desa() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.regions where kode = new.kode_desa and level = 'desa' and jenis = 'desa'
  ) then
    raise exception '% is not a desa: % applies to desa only (kelurahan have none)', new.kode_desa, tg_table_name
      using errcode = 'check_violation';
  end if;
  return new;
end
$$;

create or replace trigger idm_requires_desa
  before insert or update of kode_desa on public.idm
  for each row execute function private.require_desa();
create or replace trigger dana_desa_requires_desa
  before insert or update of kode_desa on public.dana_desa
  for each row execute function private.require_desa();
