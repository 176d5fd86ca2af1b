-- The audit log of imports: every file that reached the database, who sent it and what it held. Rows of
-- the data tables carry the batch that wrote them, so a batch can be traced and, if need be, rolled back.

create table if not exists public.import_batches (
  id bigint generated always as identity primary key,
  jenis text not null
    constraint import_batches_jenis_known
    check (jenis in ('keluarga', 'penerima_bantuan', 'penduduk', 'idm', 'dana_desa')),
  nama_file text not null,
  jumlah_baris integer not null constraint import_batches_rows_nonnegative check (jumlah_baris >= 0),
  -- Rows the planner chose to drop after validation, with their reasons (file, row, column, message).
  baris_ditolak jsonb not null default '[]'::jsonb,
  sumber text not null default 'impor'
    constraint import_batches_sumber_known check (sumber in ('impor', 'demo')),
  diimpor_oleh uuid default auth.uid(),
  diimpor_pada timestamptz not null default now()
);

comment on table public.import_batches is
  'Audit log of imports. Planners and admins read it and add to it; nobody edits or deletes history.';

create index if not exists import_batches_jenis_idx on public.import_batches (jenis, diimpor_pada desc);

alter table public.import_batches enable row level security;

drop policy if exists "Planners read the import log" on public.import_batches;
create policy "Planners read the import log" on public.import_batches
  for select to authenticated
  using ((select public.is_planner()));

drop policy if exists "Planners add to the import log" on public.import_batches;
create policy "Planners add to the import log" on public.import_batches
  for insert to authenticated
  with check ((select public.is_planner()));

revoke all on table public.import_batches from anon, authenticated;
grant select, insert on table public.import_batches to authenticated;
grant all on table public.import_batches to service_role;
