-- The import workbench (/perencana/impor, issue 14): a planner's file enters through the API in both
-- modes (Supabase: PostgREST RPC; local mode: the same calls in the browser's PGlite), never as the owner.
--
-- Steps, each one RPC call (one transaction):
--   mulai_impor(jenis, file name, sha256)       → a staging token (a random uuid only its caller knows)
--   tambah_baris_impor(token, rows as JSON)     → rows checked and pseudonymised in the browser's worker,
--                                                 staged in private.impor_tahap_potongan, chunk by chunk
--   pratinjau_impor(token, whole periods)       → per village: rows before/after, added, replaced, removed,
--                                                 households in desil 1–4 before/after; nothing is kept
--   selesaikan_impor(token, whole periods, confirmed rows, dropped rows)
--                                               → the batch: lock, key check, removal, insert, log, all in
--                                                 one transaction; a failure or a closed tab leaves the
--                                                 database as it was (staged rows are not data)
--   batalkan_impor(batch)                       → undoes the latest batch of its kind and periods,
--                                                 restoring exactly the rows it replaced
-- The preview runs the commit itself inside a subtransaction and rolls it back, so what the planner sees
-- is what the commit does (one definition, no second estimate to drift from it).
--
-- Replaced rows are kept (private.impor_baris_diganti, one JSON row each, as stored: already re-keyed),
-- so undo restores them byte for byte with their ids and batch. They are personal data: the table is
-- private, RLS on with no policy, no API role has any privilege; only these functions read it.
-- A public kind (penduduk, idm, dana_desa) is replaced per (tahun, kode_desa) the file holds, the old
-- versions kept in the same way.

-- ---- The log: what the workbench adds to each batch ----------------------------------------------------
alter table public.import_batches add column if not exists sha256 text
  constraint import_batches_sha256_form check (sha256 is null or sha256 ~ '^[0-9a-f]{64}$');
-- The batch's periods as lock names (keluarga '2025', penerima_bantuan 'PKH:2025', public kinds '2025').
alter table public.import_batches add column if not exists periode_kunci text[];
alter table public.import_batches add column if not exists jumlah_ditolak integer not null default 0;
alter table public.import_batches add column if not exists jumlah_diganti integer not null default 0;
alter table public.import_batches add column if not exists jumlah_dihapus integer not null default 0;
-- True when the rows it replaced were kept (workbench imports), so it can be undone.
alter table public.import_batches add column if not exists dapat_dibatalkan boolean not null default false;
alter table public.import_batches add column if not exists dibatalkan_pada timestamptz;
alter table public.import_batches add column if not exists dibatalkan_oleh_nama text;

-- ---- Staging -------------------------------------------------------------------------------------------
create table if not exists private.impor_tahap (
  token uuid primary key default gen_random_uuid(),
  jenis text not null check (jenis in ('keluarga', 'penerima_bantuan', 'penduduk', 'idm', 'dana_desa')),
  nama_file text not null check (length(nama_file) between 1 and 255),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  penulis text not null,
  dibuat_pada timestamptz not null default now()
);

create table if not exists private.impor_tahap_potongan (
  token uuid not null references private.impor_tahap (token) on delete cascade,
  urut integer not null,
  baris jsonb not null check (jsonb_typeof(baris) = 'array'),
  primary key (token, urut)
);

create table if not exists private.impor_baris_diganti (
  batch_id bigint not null references public.import_batches (id),
  baris jsonb not null
);

create index if not exists impor_baris_diganti_batch_idx on private.impor_baris_diganti (batch_id);

alter table private.impor_tahap enable row level security;
alter table private.impor_tahap_potongan enable row level security;
alter table private.impor_baris_diganti enable row level security;
revoke all on table private.impor_tahap, private.impor_tahap_potongan, private.impor_baris_diganti
  from public, anon, authenticated, service_role;

comment on table private.impor_baris_diganti is
  'Rows an import batch replaced or removed, as stored, so that undoing the batch restores them exactly.';

-- ---- Helpers -------------------------------------------------------------------------------------------
create or replace function private.impor_periksa_perencana(p_fungsi text) returns void
language plpgsql stable set search_path = '' as $$
begin
  if not public.is_planner() then
    raise exception using errcode = '42501',
      message = format('%s: hanya perencana dan admin yang boleh mengimpor. / only planners and admins may import.', p_fungsi);
  end if;
end
$$;

-- The columns of a kind's (period, village) scope and of its period lock names.
create or replace function private.impor_lingkup(p_jenis text) returns text[]
language sql immutable set search_path = '' as $$
  select case p_jenis
    when 'keluarga' then array['periode', 'kode_desa']
    when 'penerima_bantuan' then array['program', 'tahun', 'kode_desa']
    else array['tahun', 'kode_desa'] end
$$;

create or replace function private.impor_kolom_periode(p_jenis text) returns text[]
language sql immutable set search_path = '' as $$
  select case p_jenis
    when 'keluarga' then array['periode']
    when 'penerima_bantuan' then array['program', 'tahun']
    else array['tahun'] end
$$;

-- What identifies one row across an import (for added / replaced / removed): the household, the
-- recipient in its program, or the village-year of a public table.
create or replace function private.impor_identitas(p_jenis text) returns text
language sql immutable set search_path = '' as $$
  select case p_jenis
    when 'keluarga' then 'id_keluarga'
    when 'penerima_bantuan' then 'program || '':'' || coalesce(id_keluarga, '''') || '':'' || coalesce(nik, '''')'
    else 'kode_desa || '':'' || tahun' end
$$;

-- The writable columns of a table (not the identity, not generated), in table order.
create or replace function private.impor_kolom_tulis(p_tabel text, p_dengan_id boolean) returns text
language sql stable set search_path = '' as $$
  select string_agg(pg_catalog.quote_ident(a.attname), ', ' order by a.attnum)
  from pg_catalog.pg_attribute as a
  where a.attrelid = pg_catalog.to_regclass('public.' || p_tabel) and a.attnum > 0 and not a.attisdropped
    and a.attgenerated = '' and (p_dengan_id or a.attidentity = '')
$$;

-- A staging row's owner check: the token exists and is the caller's.
create or replace function private.impor_tahap_milik(p_token uuid) returns private.impor_tahap
language plpgsql stable set search_path = '' as $$
declare
  tahap private.impor_tahap;
begin
  select * into tahap from private.impor_tahap as t where t.token = p_token;
  if not found or tahap.penulis <> private.penulis_permintaan() then
    raise exception using errcode = '22023',
      message = 'Impor ini tidak ditemukan atau sudah selesai; mulai lagi dari file. / This import was not found or has finished; start again from the file.';
  end if;
  return tahap;
end
$$;

-- ---- The core: apply a staged import (called by the preview, which rolls it back, and by the commit) ----
-- Returns {batch_id, rows, removed, replaced, added, planned_rows, planned_villages, villages: [...]}.
create or replace function private.impor_terapkan(
  p_token uuid, p_ganti_periode boolean, p_konfirmasi_hapus integer, p_baris_ditolak jsonb, p_pratinjau boolean
) returns jsonb
language plpgsql volatile set search_path = '' as $$
declare
  tahap private.impor_tahap := private.impor_tahap_milik(p_token);
  tabel text := tahap.jenis;
  pribadi boolean := tahap.jenis in ('keluarga', 'penerima_bantuan');
  lingkup text[] := private.impor_lingkup(tahap.jenis);
  kolom_periode text[] := private.impor_kolom_periode(tahap.jenis);
  identitas text := private.impor_identitas(tahap.jenis);
  cocok text;
  kunci text[];
  kolom text;
  batch bigint;
  jumlah integer;
  rencana_baris integer;
  rencana_desa integer;
  sidik text;
  hasil jsonb;
begin
  if p_ganti_periode and not pribadi then
    raise exception using errcode = '22023',
      message = format('%s: hanya data pribadi yang diganti per periode. / only personal data is replaced per period.', tabel);
  end if;
  drop table if exists pg_temp.impor_baru;
  drop table if exists pg_temp.impor_lama;
  execute format(
    'create temp table impor_baru on commit drop as
       select r.* from private.impor_tahap_potongan as c
       cross join lateral jsonb_populate_recordset(null::public.%I, c.baris) as r
       where c.token = $1', tabel) using p_token;
  get diagnostics jumlah = row_count;
  if jumlah = 0 then
    raise exception using errcode = '22023',
      message = format('%s: tidak ada baris untuk diimpor. / there are no rows to import.', tahap.nama_file);
  end if;

  -- Serialise with every other import of these periods (the CLI's too: same lock names).
  execute format('select array_agg(distinct concat_ws('':'', %s)) from pg_temp.impor_baru',
    (select string_agg(format('%I::text', c), ', ') from unnest(kolom_periode) as c)) into kunci;
  perform public.lock_import_periods(tabel, kunci);

  -- The key check: every pseudonym carries the fingerprint the database recorded on its first import.
  if pribadi then
    execute format('select substr(coalesce(%s), 4, 16) from pg_temp.impor_baru limit 1',
      case when tabel = 'keluarga' then 'id_keluarga' else 'id_keluarga, nik' end) into sidik;
    if public.claim_pseudonym_key(sidik) = 'mismatch' then
      raise exception using errcode = 'PPD02',
        message = format('%s: kunci pseudonimisasi ini bukan kunci basis data ini. / this pseudonymisation key is not this database''s.', tahap.nama_file);
    end if;
  end if;

  -- Which stored rows go: the file's (period, village) pairs, or with p_ganti_periode its whole periods.
  cocok := (select string_agg(format('s.%1$I = t.%1$I', c), ' and ')
    from unnest(case when p_ganti_periode then kolom_periode else lingkup end) as c);
  execute format(
    'create temp table impor_lama on commit drop as
       select t.* from public.%I as t
       where exists (select 1 from (select distinct %s from pg_temp.impor_baru) as s where %s)',
    tabel, (select string_agg(format('%I', c), ', ') from unnest(case when p_ganti_periode then kolom_periode else lingkup end) as c),
    cocok);
  select count(*)::integer, count(distinct kode_desa)::integer into rencana_baris, rencana_desa from pg_temp.impor_lama;
  if p_ganti_periode and not p_pratinjau and p_konfirmasi_hapus is distinct from rencana_baris then
    raise exception using errcode = 'PPD01',
      message = format('Penggantian seluruh periode akan menghapus %s baris dari %s desa, dikonfirmasi %s. / '
        || 'Replacing whole periods would remove %s rows of %s villages, confirmed %s.',
        rencana_baris, rencana_desa, coalesce(p_konfirmasi_hapus::text, '-'),
        rencana_baris, rencana_desa, coalesce(p_konfirmasi_hapus::text, '-')),
      detail = json_build_object('rows', rencana_baris, 'villages', rencana_desa)::text;
  end if;

  insert into public.import_batches (jenis, nama_file, jumlah_baris, baris_ditolak, sumber, sha256,
    periode_kunci, jumlah_ditolak, dapat_dibatalkan)
  values (tabel, tahap.nama_file, jumlah, coalesce(p_baris_ditolak, '[]'::jsonb), 'impor', tahap.sha256,
    kunci, coalesce(jsonb_array_length(p_baris_ditolak), 0), true)
  returning id into batch;

  -- Keep what goes, then remove it and write the file's rows (the re-keying trigger hashes them again).
  insert into private.impor_baris_diganti (batch_id, baris)
  select batch, to_jsonb(l) from pg_temp.impor_lama as l;
  execute format('delete from public.%I as t where exists (select 1 from pg_temp.impor_lama as s where %s)',
    tabel, (select string_agg(format('s.%1$I is not distinct from t.%1$I', c), ' and ')
      from unnest(case when pribadi then array['id'] else array['kode_desa', 'tahun'] end) as c));
  kolom := (select string_agg(pg_catalog.quote_ident(c), ', ')
    from unnest(string_to_array(private.impor_kolom_tulis(tabel, false), ', ')) as c
    where c <> 'batch_id');
  execute format('insert into public.%1$I (batch_id, %2$s) select $1, %2$s from pg_temp.impor_baru',
    tabel, kolom) using batch;

  -- The effect per village, read back from the table as it now is.
  execute format($q$
    with baru as (select kode_desa, %2$s as ident, %3$s as d14 from public.%1$I where batch_id = $1),
    lama as (select kode_desa, %2$s as ident, %3$s as d14 from pg_temp.impor_lama),
    desa as (select kode_desa from baru union select kode_desa from lama)
    select coalesce(jsonb_agg(jsonb_build_object(
      'kode_desa', d.kode_desa,
      'sebelum', (select count(*) from lama where lama.kode_desa = d.kode_desa),
      'sesudah', (select count(*) from baru where baru.kode_desa = d.kode_desa),
      'diganti', (select count(*) from baru join lama using (kode_desa, ident) where baru.kode_desa = d.kode_desa),
      'desil14_sebelum', (select count(*) filter (where d14) from lama where lama.kode_desa = d.kode_desa),
      'desil14_sesudah', (select count(*) filter (where d14) from baru where baru.kode_desa = d.kode_desa)
    ) order by d.kode_desa), '[]'::jsonb) from desa as d
  $q$, tabel, identitas, case when tabel = 'keluarga' then 'desil <= 4' else 'false' end)
  into hasil using batch;

  hasil := (select coalesce(jsonb_agg(v || jsonb_build_object(
      'ditambah', (v ->> 'sesudah')::integer - (v ->> 'diganti')::integer,
      'dihapus', (v ->> 'sebelum')::integer - (v ->> 'diganti')::integer)), '[]'::jsonb)
    from jsonb_array_elements(hasil) as v);
  update public.import_batches set
    jumlah_diganti = (select coalesce(sum((v ->> 'diganti')::integer), 0) from jsonb_array_elements(hasil) as v),
    jumlah_dihapus = (select coalesce(sum((v ->> 'dihapus')::integer), 0) from jsonb_array_elements(hasil) as v)
  where id = batch;
  return jsonb_build_object('batch_id', batch, 'rows', jumlah, 'planned_rows', rencana_baris,
    'planned_villages', rencana_desa, 'whole_periods', p_ganti_periode, 'villages', hasil);
end
$$;

-- ---- The API -------------------------------------------------------------------------------------------
create or replace function public.mulai_impor(p_jenis text, p_nama_file text, p_sha256 text)
returns table (token uuid)
language plpgsql volatile security definer set search_path = '' as $$
declare
  baru uuid;
begin
  perform private.impor_periksa_perencana('mulai_impor');
  perform private.periksa_panjang('nama_file', p_nama_file, 255);
  -- Staging left behind by a closed tab is not data; a day later it goes.
  delete from private.impor_tahap where dibuat_pada < now() - interval '1 day';
  insert into private.impor_tahap (jenis, nama_file, sha256, penulis)
  values (p_jenis, p_nama_file, lower(p_sha256), private.penulis_permintaan())
  returning impor_tahap.token into baru;
  return query select baru;
end
$$;

-- One chunk of rows (a JSON array of table rows: the worker's output, pseudonyms in the p1 form).
-- Text, not jsonb, so PostgREST (JSON body) and the local engine (a bind parameter) send the same thing.
create or replace function public.tambah_baris_impor(p_token uuid, p_urut integer, p_baris text)
returns table (jumlah integer)
language plpgsql volatile security definer set search_path = '' as $$
declare
  baris jsonb := p_baris::jsonb;
begin
  perform private.impor_periksa_perencana('tambah_baris_impor');
  perform private.impor_tahap_milik(p_token);
  if jsonb_typeof(baris) <> 'array' then
    raise exception using errcode = '22023', message = 'p_baris harus larik JSON. / p_baris must be a JSON array.';
  end if;
  insert into private.impor_tahap_potongan (token, urut, baris) values (p_token, p_urut, baris)
  on conflict (token, urut) do update set baris = excluded.baris;
  return query select jsonb_array_length(baris);
end
$$;

create or replace function public.pratinjau_impor(p_token uuid, p_ganti_periode boolean default false)
returns table (hasil jsonb)
language plpgsql volatile security definer set search_path = '' as $$
declare
  efek jsonb;
begin
  perform private.impor_periksa_perencana('pratinjau_impor');
  begin
    efek := private.impor_terapkan(p_token, coalesce(p_ganti_periode, false), null, '[]'::jsonb, true);
    -- Undo everything the simulated commit did (rows, log, key claim); plpgsql keeps `efek`.
    raise exception using errcode = 'PPD00', message = 'pratinjau';
  exception when sqlstate 'PPD00' then
    null;
  end;
  return query select efek - 'batch_id';
end
$$;

create or replace function public.selesaikan_impor(
  p_token uuid, p_ganti_periode boolean default false, p_konfirmasi_hapus integer default null,
  p_baris_ditolak text default '[]'
) returns table (hasil jsonb)
language plpgsql volatile security definer set search_path = '' as $$
declare
  efek jsonb;
begin
  perform private.impor_periksa_perencana('selesaikan_impor');
  efek := private.impor_terapkan(p_token, coalesce(p_ganti_periode, false), p_konfirmasi_hapus,
    coalesce(p_baris_ditolak, '[]')::jsonb, false);
  delete from private.impor_tahap as t where t.token = p_token;
  return query select efek;
end
$$;

-- Undo: only the latest batch of its kind and periods that is not undone, and only a workbench batch
-- (one whose replaced rows were kept). Its rows go; the rows it replaced come back with their own ids,
-- batches and stored pseudonyms (the re-keying trigger is off for that insert: they are re-keyed already).
create or replace function public.batalkan_impor(p_batch_id bigint) returns table (hasil jsonb)
language plpgsql volatile security definer set search_path = '' as $$
declare
  b public.import_batches;
  pribadi boolean;
  kolom text;
  dihapus integer;
  dipulihkan integer;
  pemicu text;
begin
  perform private.impor_periksa_perencana('batalkan_impor');
  select * into b from public.import_batches where id = p_batch_id;
  if not found then
    raise exception using errcode = '22023',
      message = format('Impor %s tidak ada. / Import %s does not exist.', p_batch_id, p_batch_id);
  end if;
  perform public.lock_import_periods(b.jenis, b.periode_kunci);
  select * into b from public.import_batches where id = p_batch_id for update;
  if b.dibatalkan_pada is not null then
    raise exception using errcode = 'PPD03',
      message = format('Impor %s sudah dibatalkan. / Import %s has already been undone.', p_batch_id, p_batch_id);
  end if;
  if not b.dapat_dibatalkan then
    raise exception using errcode = 'PPD03',
      message = format('Impor %s tidak dapat dibatalkan: baris yang digantinya tidak disimpan (impor lewat CLI atau data demo). / '
        || 'Import %s cannot be undone: the rows it replaced were not kept (a CLI or demo import).', p_batch_id, p_batch_id);
  end if;
  if exists (select 1 from public.import_batches as l where l.jenis = b.jenis and l.id > b.id
      and l.dibatalkan_pada is null and (l.periode_kunci is null or l.periode_kunci && b.periode_kunci)) then
    raise exception using errcode = 'PPD03',
      message = format('Impor %s bukan impor terakhir untuk jenis dan periodenya; batalkan yang lebih baru dulu. / '
        || 'Import %s is not the latest of its kind and periods; undo the newer one first.', p_batch_id, p_batch_id);
  end if;
  pribadi := b.jenis in ('keluarga', 'penerima_bantuan');
  execute format('delete from public.%I where batch_id = $1', b.jenis) using b.id;
  get diagnostics dihapus = row_count;
  kolom := private.impor_kolom_tulis(b.jenis, true);
  pemicu := case b.jenis when 'keluarga' then 'keluarga_rekey_pseudonyms'
    when 'penerima_bantuan' then 'penerima_bantuan_rekey_pseudonyms' end;
  if pemicu is not null then
    -- ALTER TABLE holds an exclusive lock until commit, so no other write sees the trigger off.
    execute format('alter table public.%I disable trigger %I', b.jenis, pemicu);
  end if;
  execute format(
    'insert into public.%1$I (%2$s) %3$s select %4$s from private.impor_baris_diganti as k
       cross join lateral jsonb_populate_record(null::public.%1$I, k.baris) as r where k.batch_id = $1',
    b.jenis, kolom, case when pribadi then 'overriding system value' else '' end,
    (select string_agg('r.' || c, ', ') from unnest(string_to_array(kolom, ', ')) as c)) using b.id;
  get diagnostics dipulihkan = row_count;
  if pemicu is not null then
    execute format('alter table public.%I enable trigger %I', b.jenis, pemicu);
  end if;
  delete from private.impor_baris_diganti where batch_id = b.id;
  update public.import_batches set dibatalkan_pada = now(), dibatalkan_oleh_nama = private.penulis_permintaan()
  where id = b.id;
  return query select jsonb_build_object('batch_id', b.id, 'removed', dihapus, 'restored', dipulihkan);
end
$$;

-- The import log as the screen shows it: newest first, and whether each batch may be undone now.
create or replace function public.log_impor(p_batas integer default 50)
returns table (
  id bigint, jenis text, nama_file text, sha256 text, periode_kunci text[], diimpor_oleh_nama text,
  diimpor_pada timestamptz, jumlah_baris integer, jumlah_ditolak integer, jumlah_diganti integer,
  jumlah_dihapus integer, dibatalkan_pada timestamptz, dibatalkan_oleh_nama text, bisa_dibatalkan boolean
)
language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.impor_periksa_perencana('log_impor');
  return query
    select b.id, b.jenis, b.nama_file, b.sha256, b.periode_kunci, b.diimpor_oleh_nama, b.diimpor_pada,
      b.jumlah_baris, b.jumlah_ditolak, b.jumlah_diganti, b.jumlah_dihapus, b.dibatalkan_pada,
      b.dibatalkan_oleh_nama,
      b.dapat_dibatalkan and b.dibatalkan_pada is null and not exists (
        select 1 from public.import_batches as l where l.jenis = b.jenis and l.id > b.id
          and l.dibatalkan_pada is null and (l.periode_kunci is null or l.periode_kunci && b.periode_kunci))
    from public.import_batches as b
    order by b.id desc
    limit least(greatest(coalesce(p_batas, 50), 1), 500);
end
$$;

revoke all on function private.impor_periksa_perencana(text), private.impor_lingkup(text),
  private.impor_kolom_periode(text), private.impor_identitas(text), private.impor_kolom_tulis(text, boolean),
  private.impor_tahap_milik(uuid), private.impor_terapkan(uuid, boolean, integer, jsonb, boolean)
  from public, anon, authenticated, service_role;
revoke all on function public.mulai_impor(text, text, text), public.tambah_baris_impor(uuid, integer, text),
  public.pratinjau_impor(uuid, boolean), public.selesaikan_impor(uuid, boolean, integer, text),
  public.batalkan_impor(bigint), public.log_impor(integer) from public, anon;
grant execute on function public.mulai_impor(text, text, text), public.tambah_baris_impor(uuid, integer, text),
  public.pratinjau_impor(uuid, boolean), public.selesaikan_impor(uuid, boolean, integer, text),
  public.batalkan_impor(bigint), public.log_impor(integer) to authenticated, service_role;
