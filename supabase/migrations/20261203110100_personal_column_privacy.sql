-- Names and birth dates only through functions that mask them and log every unmasked read (issue 13).
--
-- Before: a planner without lihat_nama read keluarga.nama_kepala / tanggal_lahir_kepala and
-- penerima_bantuan.nama / tanggal_lahir straight from the tables (PostgREST `select=*`), and unmasked any
-- pair of pasangan_duplikat() by joining its villages and program back to the rows.
--
-- How: column privileges. `authenticated` (planners and admins alike) loses select on the table and gets it
-- back on every column except the four personal ones, so any statement that names one of them, in a select
-- list, a `where`, an `order by`, a join condition or `*`, fails with "permission denied for table …"
-- whatever the view, CTE or join it hides in. Views and functions that run as the caller (security invoker)
-- inherit the same limit; the only readers of the four columns are security definer functions that decide
-- per caller: pasangan_duplikat(), keluarga_desa_pribadi(), penerima_desa_pribadi(). They return initials
-- ("S*** R***") and no birth date, unless public.boleh_lihat_nama() (admin, or a planner with
-- app_metadata.lihat_nama = true), and then log who read which rows, when, in log_akses_nama.
--
-- Why not security-invoker views over definer functions: a view is one more relation whose columns need
-- their own grants, and the masking must still live in a definer function; column privileges guard the
-- base tables themselves, so no object added later can leak by forgetting to mask.
-- Note for later migrations: a column added to these tables is readable by planners only once granted here.

revoke select on table public.keluarga, public.penerima_bantuan from authenticated;
grant select (id, batch_id, baris, id_keluarga, kode_desa, periode, desil, jumlah_anggota, mata_pencaharian,
  miskin, miskin_ekstrem, nik_kepala) on table public.keluarga to authenticated;
grant select (id, batch_id, baris, program, tahun, id_keluarga, nik, kode_desa, nilai_rp)
  on table public.penerima_bantuan to authenticated;

-- Who read unmasked names, when (server clock) and which rows. Admins read it; nobody writes it through the API.
create table if not exists public.log_akses_nama (
  id bigint generated always as identity primary key,
  fungsi text not null,
  -- Row ids of keluarga / penerima_bantuan whose names or birth dates were returned, and the pair keys.
  id_keluarga bigint[] not null default '{}',
  id_penerima bigint[] not null default '{}',
  kunci_pasangan text[] not null default '{}',
  -- The call's arguments (year, village, kind), to tell one screen from another.
  argumen jsonb not null default '{}'::jsonb,
  diakses_oleh uuid,
  penulis text not null,
  diakses_pada timestamptz not null default now()
);

comment on table public.log_akses_nama is
  'Insert-only log of every read of unmasked names or birth dates (who, when, which rows). Admins read it.';

create index if not exists log_akses_nama_waktu_idx on public.log_akses_nama (diakses_pada desc, id desc);

alter table public.log_akses_nama enable row level security;

drop policy if exists "Admins read the name access log" on public.log_akses_nama;
create policy "Admins read the name access log" on public.log_akses_nama
  for select to authenticated using ((select public.app_role()) = 'admin');
drop policy if exists "The service role reads the name access log" on public.log_akses_nama;
create policy "The service role reads the name access log" on public.log_akses_nama
  for select to service_role using (true);

revoke all on table public.log_akses_nama from public, anon, authenticated, service_role;
grant select on table public.log_akses_nama to authenticated, service_role;

create or replace function private.catat_akses_nama(
  p_fungsi text, p_argumen jsonb, p_id_keluarga bigint[], p_id_penerima bigint[], p_kunci text[]
) returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.log_akses_nama (fungsi, argumen, id_keluarga, id_penerima, kunci_pasangan, diakses_oleh, penulis)
  select p_fungsi, p_argumen, coalesce(p_id_keluarga, '{}'), coalesce(p_id_penerima, '{}'), coalesce(p_kunci, '{}'),
    auth.uid(), private.penulis_permintaan()
  where cardinality(p_id_keluarga) > 0 or cardinality(p_id_penerima) > 0
$$;

revoke execute on function private.catat_akses_nama(text, jsonb, bigint[], bigint[], text[]) from public;

-- The review list, as in 20261201120200, now logging every unmasked read. Volatile (it writes the log),
-- so PostgREST must call it with POST, as supabase-js .rpc() does.
create or replace function public.pasangan_duplikat(p_tahun integer default null, p_jenis text default null)
returns table (
  kunci text, jenis text, alasan text, skor numeric, jarak_edit integer, tahun smallint, program text,
  sumber text, kode_desa_a text, kode_desa_b text, nama_a text, nama_b text, tanggal_lahir_a date,
  tanggal_lahir_b date, keputusan text, catatan text, diputuskan_pada timestamptz
)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  lihat boolean := public.boleh_lihat_nama();
begin
  if not public.is_planner() then
    raise exception 'pasangan_duplikat is for planners only' using errcode = 'insufficient_privilege';
  end if;
  if p_jenis is not null and p_jenis not in ('persis', 'mirip') then
    raise exception 'jenis must be persis or mirip, got %', p_jenis using errcode = 'invalid_parameter_value';
  end if;
  return query
    with pasangan as materialized (
      select * from private.pasangan_persis(p_tahun) where p_jenis is null or p_jenis = 'persis'
      union all
      select * from private.pasangan_mirip(p_tahun) where p_jenis is null or p_jenis = 'mirip'
    ),
    orang as (
      select p.id, 'penerima_bantuan' as sumber, p.nama, p.tanggal_lahir from public.penerima_bantuan as p
      where p.id in (select id_a from pasangan where pasangan.sumber = 'penerima_bantuan'
        union select id_b from pasangan where pasangan.sumber = 'penerima_bantuan')
      union all
      select k.id, 'keluarga', k.nama_kepala, k.tanggal_lahir_kepala from public.keluarga as k
      where k.id in (select id_a from pasangan where pasangan.sumber = 'keluarga'
        union select id_b from pasangan where pasangan.sumber = 'keluarga')
    ),
    -- A data-modifying WITH runs once, to completion, whether or not the query below reads it.
    akses as (
      insert into public.log_akses_nama (fungsi, argumen, id_keluarga, id_penerima, kunci_pasangan, diakses_oleh,
        penulis)
      select 'pasangan_duplikat', jsonb_build_object('p_tahun', p_tahun, 'p_jenis', p_jenis),
        array(select x.id from pasangan as q cross join lateral (values (q.id_a), (q.id_b)) as x (id)
          where q.sumber = 'keluarga' order by 1),
        array(select x.id from pasangan as q cross join lateral (values (q.id_a), (q.id_b)) as x (id)
          where q.sumber = 'penerima_bantuan' order by 1),
        array(select q.kunci from pasangan as q order by 1),
        auth.uid(), private.penulis_permintaan()
      where lihat and exists (select 1 from pasangan)
      returning 1
    )
    select p.kunci, p.jenis, p.alasan, p.skor, p.jarak_edit, p.tahun, p.program, p.sumber,
      p.kode_desa_a, p.kode_desa_b,
      case when lihat then a.nama else private.samarkan_nama(a.nama) end,
      case when lihat then b.nama else private.samarkan_nama(b.nama) end,
      case when lihat then a.tanggal_lahir end,
      case when lihat then b.tanggal_lahir end,
      d.keputusan, d.catatan, d.diputuskan_pada
    from pasangan as p
    left join orang as a on a.id = p.id_a and a.sumber = p.sumber
    left join orang as b on b.id = p.id_b and b.sumber = p.sumber
    left join public.keputusan_duplikat as d on d.kunci_pasangan = p.kunci
    order by p.jenis desc, p.skor desc, p.tahun, p.kunci;
end
$$;

comment on function public.pasangan_duplikat(integer, text) is
  'Suspected duplicate pairs for the review screen (planners only); names masked unless boleh_lihat_nama(), unmasked reads logged.';

revoke execute on function public.pasangan_duplikat(integer, text) from public, anon;
grant execute on function public.pasangan_duplikat(integer, text) to authenticated, service_role;

-- The households of one village and period with their heads' names: masked (initials, no birth date) unless
-- the caller may see names, and then logged.
create or replace function public.keluarga_desa_pribadi(p_kode_desa text, p_periode integer)
returns table (
  id bigint, id_keluarga text, periode smallint, desil smallint, jumlah_anggota smallint,
  mata_pencaharian text, miskin boolean, miskin_ekstrem boolean, nama_kepala text, tanggal_lahir_kepala date,
  disamarkan boolean
)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  lihat boolean := public.boleh_lihat_nama();
begin
  if not public.is_planner() then
    raise exception 'keluarga_desa_pribadi is for planners only' using errcode = 'insufficient_privilege';
  end if;
  if p_kode_desa is null or p_periode is null then
    raise exception 'keluarga_desa_pribadi needs a village code and a period (p_kode_desa, p_periode)'
      using errcode = 'invalid_parameter_value';
  end if;
  if lihat then
    perform private.catat_akses_nama('keluarga_desa_pribadi',
      jsonb_build_object('p_kode_desa', p_kode_desa, 'p_periode', p_periode),
      array(select k.id from public.keluarga as k where k.kode_desa = p_kode_desa and k.periode = p_periode order by 1),
      '{}', '{}');
  end if;
  return query
    select k.id, k.id_keluarga, k.periode, k.desil, k.jumlah_anggota, k.mata_pencaharian, k.miskin, k.miskin_ekstrem,
      case when lihat then k.nama_kepala else private.samarkan_nama(k.nama_kepala) end,
      case when lihat then k.tanggal_lahir_kepala end,
      not lihat
    from public.keluarga as k
    where k.kode_desa = p_kode_desa and k.periode = p_periode
    order by k.id;
end
$$;

-- The aid listings of one village and year with names, likewise.
create or replace function public.penerima_desa_pribadi(p_kode_desa text, p_tahun integer)
returns table (
  id bigint, program text, tahun smallint, id_keluarga text, nik text, nilai_rp bigint, nama text,
  tanggal_lahir date, disamarkan boolean
)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  lihat boolean := public.boleh_lihat_nama();
begin
  if not public.is_planner() then
    raise exception 'penerima_desa_pribadi is for planners only' using errcode = 'insufficient_privilege';
  end if;
  if p_kode_desa is null or p_tahun is null then
    raise exception 'penerima_desa_pribadi needs a village code and a year (p_kode_desa, p_tahun)'
      using errcode = 'invalid_parameter_value';
  end if;
  if lihat then
    perform private.catat_akses_nama('penerima_desa_pribadi',
      jsonb_build_object('p_kode_desa', p_kode_desa, 'p_tahun', p_tahun), '{}',
      array(select p.id from public.penerima_bantuan as p where p.kode_desa = p_kode_desa and p.tahun = p_tahun
        order by 1),
      '{}');
  end if;
  return query
    select p.id, p.program, p.tahun, p.id_keluarga, p.nik, p.nilai_rp,
      case when lihat then p.nama else private.samarkan_nama(p.nama) end,
      case when lihat then p.tanggal_lahir end,
      not lihat
    from public.penerima_bantuan as p
    where p.kode_desa = p_kode_desa and p.tahun = p_tahun
    order by p.program, p.id;
end
$$;

comment on function public.keluarga_desa_pribadi(text, integer) is
  'Households of one village and period with heads'' names: masked unless boleh_lihat_nama(), unmasked reads logged.';
comment on function public.penerima_desa_pribadi(text, integer) is
  'Aid listings of one village and year with names: masked unless boleh_lihat_nama(), unmasked reads logged.';

revoke execute on function public.keluarga_desa_pribadi(text, integer), public.penerima_desa_pribadi(text, integer)
  from public, anon;
grant execute on function public.keluarga_desa_pribadi(text, integer), public.penerima_desa_pribadi(text, integer)
  to authenticated, service_role;
