-- The audit trail nobody can rewrite (issue 13): one insert-only history of every change to the tables
-- planners act on, written by triggers with the owner's rights, so no API role needs or gets a write
-- privilege on it, and stamped by the server: who from the JWT (`sub`, e-mail), when from now().
--
-- * Personal rows (keluarga, penerima_bantuan): one history row per statement (statement-level triggers
--   with transition tables), holding the row count and the import batches touched, never the rows
--   themselves (the history must not become a second copy of the personal data). Imports write hundreds of
--   thousands of rows as the database owner from the CLI; a row trigger would double their cost, a
--   statement trigger adds one small insert per chunk (measured: supabase/README.md, "Privacy and the audit trail").
-- * Rules, follow-ups, the import log: one history row per row changed, with the row before and after.
--   (Duplicate decisions keep their own history, keputusan_duplikat_riwayat, since 20261201120100.)
--
-- Who: private.penulis_permintaan() — the JWT e-mail, else its `sub`; a signed-in request without a user
-- (the browser's local mode, where the database belongs to one device) is 'perangkat-lokal'; a request
-- with the service key is 'service_role'; without any JWT (the CLI, the data build) 'cli:' and the
-- database user it connected as.

create or replace function private.penulis_permintaan() returns text
language sql
stable
set search_path = ''
as $$
  select coalesce(
    nullif(auth.jwt() ->> 'email', ''),
    nullif(auth.jwt() ->> 'sub', ''),
    case auth.jwt() ->> 'role'
      when 'authenticated' then 'perangkat-lokal'
      when 'service_role' then 'service_role'
      when 'anon' then 'anon'
    end,
    'cli:' || session_user
  )
$$;

comment on function private.penulis_permintaan() is
  'Who makes this request, for audit rows: JWT e-mail, else sub; perangkat-lokal (local mode), service_role, or cli:<db user>.';

revoke execute on function private.penulis_permintaan() from public;

create table if not exists public.riwayat_perubahan (
  id bigint generated always as identity primary key,
  tabel text not null,
  aksi text not null constraint riwayat_perubahan_aksi_known check (aksi in ('insert', 'update', 'delete', 'truncate')),
  -- The changed row's key (e.g. {"program_a": "BLT_DD", "program_b": "PKH"}), or for a statement on personal
  -- rows the import batches it touched ({"batch_id": [3, 4]}).
  kunci jsonb,
  sebelum jsonb,
  sesudah jsonb,
  -- Rows the statement touched (1 for a row change; null for a truncate, which does not count them).
  jumlah_baris bigint,
  oleh uuid,
  penulis text not null,
  -- The JWT role of the request (anon, authenticated, service_role), or the database user without a JWT.
  peran text not null,
  dicatat_pada timestamptz not null default now()
);

comment on table public.riwayat_perubahan is
  'Insert-only history of changes to rules, follow-ups, the import log and (as row counts) personal rows.';

create index if not exists riwayat_perubahan_tabel_idx on public.riwayat_perubahan (tabel, dicatat_pada desc, id desc);

alter table public.riwayat_perubahan enable row level security;

-- Planners and admins read the history; nobody writes it through the API (no insert, update or delete
-- policy and no privilege for any API role, admins and service_role included).
drop policy if exists "Planners read the change history" on public.riwayat_perubahan;
create policy "Planners read the change history" on public.riwayat_perubahan
  for select to authenticated using ((select public.is_planner()));
drop policy if exists "The service role reads the change history" on public.riwayat_perubahan;
create policy "The service role reads the change history" on public.riwayat_perubahan
  for select to service_role using (true);

revoke all on table public.riwayat_perubahan from public, anon, authenticated, service_role;
grant select on table public.riwayat_perubahan to authenticated, service_role;

create or replace function private.peran_permintaan() returns text
language sql
stable
set search_path = ''
as $$
  select coalesce(nullif(auth.jwt() ->> 'role', ''), session_user::text)
$$;

revoke execute on function private.peran_permintaan() from public;

-- Row changes: the trigger's arguments name the key columns.
create or replace function private.catat_perubahan_baris() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  baris jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
begin
  insert into public.riwayat_perubahan (tabel, aksi, kunci, sebelum, sesudah, jumlah_baris, oleh, penulis, peran)
  values (
    tg_table_name,
    lower(tg_op),
    (select jsonb_object_agg(k.kolom, baris -> k.kolom) from unnest(tg_argv) as k (kolom)),
    case when tg_op <> 'INSERT' then to_jsonb(old) end,
    case when tg_op <> 'DELETE' then to_jsonb(new) end,
    1,
    auth.uid(),
    private.penulis_permintaan(),
    private.peran_permintaan()
  );
  return null;
end
$$;

-- Statements on personal rows: how many rows and which batches, from the transition table (`baru` for
-- insert and update, `lama` for delete). Only the branch of the trigger's own event is ever planned.
create or replace function private.catat_perubahan_pernyataan() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  jumlah bigint;
  batch bigint[];
begin
  if tg_op = 'TRUNCATE' then
    jumlah := null;
  elsif tg_op = 'DELETE' then
    select count(*), array_agg(distinct l.batch_id) into jumlah, batch from lama as l;
  else
    select count(*), array_agg(distinct b.batch_id) into jumlah, batch from baru as b;
  end if;
  -- A statement that touched nothing (an update matching no row) is not a change.
  if jumlah = 0 then
    return null;
  end if;
  insert into public.riwayat_perubahan (tabel, aksi, kunci, jumlah_baris, oleh, penulis, peran)
  values (tg_table_name, lower(tg_op), case when batch is not null then jsonb_build_object('batch_id', to_jsonb(batch)) end,
    jumlah, auth.uid(), private.penulis_permintaan(), private.peran_permintaan());
  return null;
end
$$;

revoke execute on function private.catat_perubahan_baris(), private.catat_perubahan_pernyataan() from public;

-- Personal rows: statement level, one trigger per event (a transition table belongs to one event).
create or replace trigger keluarga_riwayat_insert after insert on public.keluarga
  referencing new table as baru for each statement execute function private.catat_perubahan_pernyataan();
create or replace trigger keluarga_riwayat_update after update on public.keluarga
  referencing new table as baru for each statement execute function private.catat_perubahan_pernyataan();
create or replace trigger keluarga_riwayat_delete after delete on public.keluarga
  referencing old table as lama for each statement execute function private.catat_perubahan_pernyataan();
create or replace trigger keluarga_riwayat_truncate after truncate on public.keluarga
  for each statement execute function private.catat_perubahan_pernyataan();
create or replace trigger penerima_riwayat_insert after insert on public.penerima_bantuan
  referencing new table as baru for each statement execute function private.catat_perubahan_pernyataan();
create or replace trigger penerima_riwayat_update after update on public.penerima_bantuan
  referencing new table as baru for each statement execute function private.catat_perubahan_pernyataan();
create or replace trigger penerima_riwayat_delete after delete on public.penerima_bantuan
  referencing old table as lama for each statement execute function private.catat_perubahan_pernyataan();
create or replace trigger penerima_riwayat_truncate after truncate on public.penerima_bantuan
  for each statement execute function private.catat_perubahan_pernyataan();

-- Rules: every insert, change and deletion with the row before and after.
create or replace trigger kombinasi_program_riwayat after insert or update or delete on public.kombinasi_program
  for each row execute function private.catat_perubahan_baris('program_a', 'program_b');
-- The follow-up log and the import log are histories themselves (a row is added per event): only a change or
-- a deletion of one of their rows (possible for the service role and the owner) is recorded.
create or replace trigger tindak_lanjut_desa_riwayat after update or delete on public.tindak_lanjut_desa
  for each row execute function private.catat_perubahan_baris('id');
create or replace trigger import_batches_riwayat after update or delete on public.import_batches
  for each row execute function private.catat_perubahan_baris('id');
