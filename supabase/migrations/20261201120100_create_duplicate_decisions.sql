-- A reviewer's decision on a suspected duplicate pair: "orang_sama" (the same person, listed twice) or
-- "berbeda" (two people). The key is built from what stays the same across re-imports (pseudonymised
-- NIK/KK, program, year, villages: see private.kunci_pasangan), never from row ids, so a re-imported list
-- finds its decisions again. Every change is kept in keputusan_duplikat_riwayat (insert-only audit).

create or replace function private.kunci_pasangan(
  jenis text, tahun integer, program text, identitas_a text, identitas_b text, desa_a text, desa_b text
) returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  -- Ordered, so (a, b) and (b, a) give the same key; md5 only shortens it (the parts are pseudonyms already).
  select md5(concat_ws('|', jenis, tahun, program,
    least(identitas_a, identitas_b), greatest(identitas_a, identitas_b),
    least(desa_a, desa_b), greatest(desa_a, desa_b)))
$$;

comment on function private.kunci_pasangan(text, integer, text, text, text, text, text) is
  'Stable key of a suspected duplicate pair: md5 of kind, year, program, both pseudonymised ids and villages.';

create table if not exists public.keputusan_duplikat (
  kunci_pasangan text primary key constraint keputusan_duplikat_kunci_md5 check (kunci_pasangan ~ '^[0-9a-f]{32}$'),
  keputusan text not null constraint keputusan_duplikat_keputusan_known check (keputusan in ('orang_sama', 'berbeda')),
  catatan text not null default '' constraint keputusan_duplikat_catatan_length check (length(catatan) <= 500),
  diputuskan_oleh uuid default auth.uid(),
  diputuskan_pada timestamptz not null default now()
);

create table if not exists public.keputusan_duplikat_riwayat (
  id bigint generated always as identity primary key,
  kunci_pasangan text not null,
  -- 'tetapkan' (first decision), 'ubah' (changed), 'hapus' (withdrawn by the service role).
  aksi text not null constraint keputusan_riwayat_aksi_known check (aksi in ('tetapkan', 'ubah', 'hapus')),
  keputusan text,
  catatan text,
  diputuskan_oleh uuid,
  dicatat_pada timestamptz not null default now()
);

comment on table public.keputusan_duplikat is
  'Reviewers'' decisions on suspected duplicate pairs (planners only), keyed to survive re-imports.';
comment on table public.keputusan_duplikat_riwayat is
  'Every change to keputusan_duplikat, insert-only (written by a trigger).';

create index if not exists keputusan_riwayat_kunci_idx on public.keputusan_duplikat_riwayat (kunci_pasangan, id);

-- Who and when come from the request, never from the client.
create or replace function private.stempel_keputusan_duplikat() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.diputuskan_oleh := auth.uid();
  new.diputuskan_pada := now();
  return new;
end
$$;

-- security definer: the audit rows are written with the owner's rights, so no API role needs (or gets) a
-- write privilege on the history table.
create or replace function private.catat_riwayat_keputusan() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    insert into public.keputusan_duplikat_riwayat (kunci_pasangan, aksi, keputusan, catatan, diputuskan_oleh)
    values (old.kunci_pasangan, 'hapus', old.keputusan, old.catatan, auth.uid());
    return old;
  end if;
  insert into public.keputusan_duplikat_riwayat (kunci_pasangan, aksi, keputusan, catatan, diputuskan_oleh)
  values (new.kunci_pasangan, case tg_op when 'INSERT' then 'tetapkan' else 'ubah' end, new.keputusan,
    new.catatan, new.diputuskan_oleh);
  return new;
end
$$;

create or replace trigger keputusan_duplikat_stempel
  before insert or update on public.keputusan_duplikat
  for each row execute function private.stempel_keputusan_duplikat();
create or replace trigger keputusan_duplikat_riwayat
  after insert or update or delete on public.keputusan_duplikat
  for each row execute function private.catat_riwayat_keputusan();

alter table public.keputusan_duplikat enable row level security;
alter table public.keputusan_duplikat_riwayat enable row level security;

drop policy if exists "Planners read duplicate decisions" on public.keputusan_duplikat;
create policy "Planners read duplicate decisions" on public.keputusan_duplikat
  for select to authenticated using ((select public.is_planner()));
drop policy if exists "Planners record duplicate decisions" on public.keputusan_duplikat;
create policy "Planners record duplicate decisions" on public.keputusan_duplikat
  for insert to authenticated with check ((select public.is_planner()));
drop policy if exists "Planners change duplicate decisions" on public.keputusan_duplikat;
create policy "Planners change duplicate decisions" on public.keputusan_duplikat
  for update to authenticated using ((select public.is_planner())) with check ((select public.is_planner()));
drop policy if exists "The service role manages duplicate decisions" on public.keputusan_duplikat;
create policy "The service role manages duplicate decisions" on public.keputusan_duplikat
  for all to service_role using (true) with check (true);

drop policy if exists "Planners read the decision history" on public.keputusan_duplikat_riwayat;
create policy "Planners read the decision history" on public.keputusan_duplikat_riwayat
  for select to authenticated using ((select public.is_planner()));
drop policy if exists "The service role reads the decision history" on public.keputusan_duplikat_riwayat;
create policy "The service role reads the decision history" on public.keputusan_duplikat_riwayat
  for select to service_role using (true);

-- Planners never delete a decision (they change it; the history keeps both); anon gets nothing at all.
revoke all on table public.keputusan_duplikat, public.keputusan_duplikat_riwayat from anon, authenticated;
grant select, insert, update on table public.keputusan_duplikat to authenticated;
grant select on table public.keputusan_duplikat_riwayat to authenticated;
grant all on table public.keputusan_duplikat to service_role;
grant select on table public.keputusan_duplikat_riwayat to service_role;
revoke execute on function private.stempel_keputusan_duplikat(), private.catat_riwayat_keputusan() from public;
revoke execute on function private.kunci_pasangan(text, integer, text, text, text, text, text) from public;
grant execute on function private.kunci_pasangan(text, integer, text, text, text, text, text)
  to authenticated, service_role;

-- The review screen's write: one call, checked, upserted under the caller's RLS.
create or replace function public.tetapkan_keputusan_duplikat(
  p_kunci text, p_keputusan text, p_catatan text default ''
) returns public.keputusan_duplikat
language plpgsql
security invoker
set search_path = ''
as $$
declare
  hasil public.keputusan_duplikat;
begin
  if not public.is_planner() then
    raise exception 'tetapkan_keputusan_duplikat is for planners only' using errcode = 'insufficient_privilege';
  end if;
  if p_keputusan is null or p_keputusan not in ('orang_sama', 'berbeda') then
    raise exception 'keputusan must be orang_sama or berbeda, got %', coalesce(p_keputusan, 'null')
      using errcode = 'invalid_parameter_value';
  end if;
  if p_kunci is null or p_kunci !~ '^[0-9a-f]{32}$' then
    raise exception 'kunci must be a pair key from pasangan_duplikat (32 hex digits), got %', coalesce(p_kunci, 'null')
      using errcode = 'invalid_parameter_value';
  end if;
  insert into public.keputusan_duplikat (kunci_pasangan, keputusan, catatan)
  values (p_kunci, p_keputusan, coalesce(p_catatan, ''))
  on conflict (kunci_pasangan) do update set keputusan = excluded.keputusan, catatan = excluded.catatan
  returning * into hasil;
  return hasil;
end
$$;

revoke execute on function public.tetapkan_keputusan_duplikat(text, text, text) from public, anon;
grant execute on function public.tetapkan_keputusan_duplikat(text, text, text) to authenticated, service_role;
