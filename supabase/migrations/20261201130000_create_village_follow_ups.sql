-- The planner workspace (issue 4): follow-ups per village ("tindak lanjut") and the household counts a
-- planner reads from the row-level data.
--
-- A follow-up is a planner's note on a village: "perlu verifikasi lapangan" (needs a field check) or
-- "sudah diverifikasi" (checked), with a note, its author and a timestamp. The table is an audit log:
-- a change is a new row, nobody edits or deletes history, and the current status of a village is its
-- latest row (view `tindak_lanjut_terkini`). Planners and admins only; anon holds no privilege at all.

create table if not exists public.tindak_lanjut_desa (
  id bigint generated always as identity primary key,
  kode_desa text not null references public.regions (kode),
  status text not null
    constraint tindak_lanjut_status_known check (status in ('perlu_verifikasi', 'sudah_diverifikasi')),
  catatan text not null default ''
    constraint tindak_lanjut_catatan_length check (length(catatan) <= 2000),
  -- Who wrote it: the Supabase user (null in local mode, where the database belongs to one device) and a
  -- readable label (the planner's e-mail, or the device's name in local mode).
  dibuat_oleh uuid default auth.uid(),
  penulis text not null
    constraint tindak_lanjut_penulis_length check (length(trim(penulis)) between 1 and 200),
  dibuat_pada timestamptz not null default now()
);

comment on table public.tindak_lanjut_desa is
  'Planner follow-ups per village (audit log: rows are only added). Planners and admins read and add.';

create index if not exists tindak_lanjut_desa_kode_idx on public.tindak_lanjut_desa (kode_desa, dibuat_pada desc, id desc);

-- Only villages (level desa: desa and kelurahan) get follow-ups, never a kecamatan or the kabupaten.
create or replace function public.check_tindak_lanjut_kode() returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  if not exists (select 1 from public.regions r where r.kode = new.kode_desa and r.level = 'desa') then
    raise exception 'tindak_lanjut_desa: % is not a desa/kelurahan code', new.kode_desa
      using errcode = '23514';
  end if;
  return new;
end
$$;

drop trigger if exists tindak_lanjut_desa_kode on public.tindak_lanjut_desa;
create trigger tindak_lanjut_desa_kode before insert on public.tindak_lanjut_desa
  for each row execute function public.check_tindak_lanjut_kode();

alter table public.tindak_lanjut_desa enable row level security;

drop policy if exists "Planners read village follow-ups" on public.tindak_lanjut_desa;
create policy "Planners read village follow-ups" on public.tindak_lanjut_desa
  for select to authenticated
  using ((select public.is_planner()));

-- A planner signs a follow-up as themself: dibuat_oleh is their own user id (or null without one, as in
-- local mode where the session carries no user) and, when the token carries an e-mail, penulis is it.
drop policy if exists "Planners add village follow-ups as themselves" on public.tindak_lanjut_desa;
create policy "Planners add village follow-ups as themselves" on public.tindak_lanjut_desa
  for insert to authenticated
  with check (
    (select public.is_planner())
    and dibuat_oleh is not distinct from (select auth.uid())
    and penulis = coalesce((select auth.jwt() ->> 'email'), penulis)
  );

drop policy if exists "The service role manages village follow-ups" on public.tindak_lanjut_desa;
create policy "The service role manages village follow-ups" on public.tindak_lanjut_desa
  for all to service_role using (true) with check (true);

revoke all on table public.tindak_lanjut_desa from anon, authenticated;
grant select, insert on table public.tindak_lanjut_desa to authenticated;
grant all on table public.tindak_lanjut_desa to service_role;

-- The current follow-up of each village: its latest row. Runs as the caller, so RLS applies.
create or replace view public.tindak_lanjut_terkini with (security_invoker = true) as
select distinct on (t.kode_desa)
  t.id, t.kode_desa, t.status, t.catatan, t.dibuat_oleh, t.penulis, t.dibuat_pada
from public.tindak_lanjut_desa t
order by t.kode_desa, t.dibuat_pada desc, t.id desc;

comment on view public.tindak_lanjut_terkini is
  'The latest follow-up of each village (planners and admins, through the RLS of tindak_lanjut_desa).';

revoke all on table public.tindak_lanjut_terkini from anon, authenticated;
grant select on table public.tindak_lanjut_terkini to authenticated, service_role;

-- Household counts of one village per DTSEN period, from the row-level data: the planner screen's
-- headline. security invoker, so a caller who may not read `keluarga` gets nothing (RLS) or an error
-- (privileges); anon may not even call it.
create or replace function public.ringkasan_keluarga_desa(p_kode_desa text)
returns table (
  periode smallint,
  jumlah_keluarga integer,
  jumlah_miskin integer,
  jumlah_miskin_ekstrem integer,
  jumlah_jiwa integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  select k.periode,
    count(*)::integer as jumlah_keluarga,
    count(*) filter (where k.miskin)::integer as jumlah_miskin,
    count(*) filter (where k.miskin_ekstrem)::integer as jumlah_miskin_ekstrem,
    coalesce(sum(k.jumlah_anggota), 0)::integer as jumlah_jiwa
  from public.keluarga k
  where k.kode_desa = p_kode_desa
  group by k.periode
  order by k.periode desc
$$;

comment on function public.ringkasan_keluarga_desa(text) is
  'Households, poor, extremely poor households and people of one village per DTSEN period (planners only, RLS).';

revoke execute on function public.ringkasan_keluarga_desa(text) from public, anon;
grant execute on function public.ringkasan_keluarga_desa(text) to authenticated, service_role;
revoke execute on function public.check_tindak_lanjut_kode() from public, anon, authenticated;
