-- Personal data: DTSEN households and aid recipients. Only planners and admins (JWT app_metadata.role)
-- read or write these rows; anon never does. NIK and KK numbers arrive pseudonymised (keyed HMAC-SHA256,
-- hex) from the importer, so equal numbers still match while the numbers themselves are not stored.
-- Names and birth dates stay, because duplicate checks need them; they never leave through a public view.

create table if not exists public.keluarga (
  id bigint generated always as identity primary key,
  batch_id bigint not null references public.import_batches (id),
  -- Row number in the imported file (1 = first data row), to point back at the source.
  baris integer not null,
  id_keluarga text not null constraint keluarga_id_pseudonymised check (length(id_keluarga) = 64 and id_keluarga ~ '^[0-9a-f]+$'),
  kode_desa text not null references public.regions (kode),
  periode smallint not null constraint keluarga_periode_range check (periode between 2015 and 2100),
  desil smallint not null constraint keluarga_desil_range check (desil between 1 and 10),
  jumlah_anggota smallint not null constraint keluarga_anggota_range check (jumlah_anggota between 1 and 30),
  mata_pencaharian text not null constraint keluarga_mata_pencaharian_known
    check (mata_pencaharian in ('petani', 'nelayan', 'umkm', 'buruh', 'lainnya')),
  miskin boolean not null,
  miskin_ekstrem boolean not null,
  nik_kepala text not null constraint keluarga_nik_pseudonymised check (length(nik_kepala) = 64 and nik_kepala ~ '^[0-9a-f]+$'),
  nama_kepala text not null constraint keluarga_nama_length check (length(nama_kepala) between 2 and 100),
  tanggal_lahir_kepala date not null,
  constraint keluarga_extreme_is_poor check (not miskin_ekstrem or miskin)
);

create table if not exists public.penerima_bantuan (
  id bigint generated always as identity primary key,
  batch_id bigint not null references public.import_batches (id),
  baris integer not null,
  program text not null constraint penerima_program_known
    check (program in ('PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP')),
  tahun smallint not null constraint penerima_tahun_range check (tahun between 2015 and 2100),
  id_keluarga text constraint penerima_id_pseudonymised check (length(id_keluarga) = 64 and id_keluarga ~ '^[0-9a-f]+$'),
  nik text constraint penerima_nik_pseudonymised check (length(nik) = 64 and nik ~ '^[0-9a-f]+$'),
  nama text constraint penerima_nama_length check (length(nama) between 2 and 100),
  tanggal_lahir date,
  kode_desa text not null references public.regions (kode),
  nilai_rp bigint not null constraint penerima_nilai_nonnegative check (nilai_rp >= 0),
  constraint penerima_identified check (id_keluarga is not null or nik is not null)
);

comment on table public.keluarga is
  'DTSEN households per period (personal data: planners and admins only). NIK/KK are keyed hashes.';
comment on table public.penerima_bantuan is
  'Aid recipients per program and year (personal data: planners and admins only). NIK/KK are keyed hashes.';

create index if not exists keluarga_periode_desa_idx on public.keluarga (periode, kode_desa);
create index if not exists keluarga_periode_id_idx on public.keluarga (periode, id_keluarga);
create index if not exists keluarga_periode_nik_idx on public.keluarga (periode, nik_kepala);
create index if not exists keluarga_batch_idx on public.keluarga (batch_id);
create index if not exists penerima_tahun_program_idx on public.penerima_bantuan (tahun, program);
create index if not exists penerima_tahun_keluarga_idx on public.penerima_bantuan (tahun, id_keluarga);
create index if not exists penerima_tahun_nik_idx on public.penerima_bantuan (tahun, nik);
create index if not exists penerima_desa_idx on public.penerima_bantuan (kode_desa, tahun);
create index if not exists penerima_batch_idx on public.penerima_bantuan (batch_id);

alter table public.keluarga enable row level security;
alter table public.penerima_bantuan enable row level security;

drop policy if exists "Planners read households" on public.keluarga;
create policy "Planners read households" on public.keluarga
  for select to authenticated using ((select public.is_planner()));
drop policy if exists "Planners write households" on public.keluarga;
create policy "Planners write households" on public.keluarga
  for all to authenticated using ((select public.is_planner())) with check ((select public.is_planner()));
drop policy if exists "The service role writes households" on public.keluarga;
create policy "The service role writes households" on public.keluarga
  for all to service_role using (true) with check (true);

drop policy if exists "Planners read aid recipients" on public.penerima_bantuan;
create policy "Planners read aid recipients" on public.penerima_bantuan
  for select to authenticated using ((select public.is_planner()));
drop policy if exists "Planners write aid recipients" on public.penerima_bantuan;
create policy "Planners write aid recipients" on public.penerima_bantuan
  for all to authenticated using ((select public.is_planner())) with check ((select public.is_planner()));
drop policy if exists "The service role writes aid recipients" on public.penerima_bantuan;
create policy "The service role writes aid recipients" on public.penerima_bantuan
  for all to service_role using (true) with check (true);

-- anon gets no privilege at all: a request fails with "permission denied" before RLS is consulted.
revoke all on table public.keluarga, public.penerima_bantuan from anon, authenticated;
grant select, insert, update, delete on table public.keluarga, public.penerima_bantuan to authenticated;
grant all on table public.keluarga, public.penerima_bantuan to service_role;
