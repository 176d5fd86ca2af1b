-- Duplicate checks at scale: 1,000,000 recipient rows checked in well under 10 s on one core, on
-- PostgreSQL and on PGlite alike (npm run bench prints both; 12-14 s before this migration).
--
-- What changed from 20261201120200 (same functions, same results; the tests in duplicates.cases.ts hold):
-- 1. The spellings of recipients' names are kept in private.ejaan_nama, one row per distinct spelling with
--    its normalised and typed forms, maintained by statement triggers on penerima_bantuan (insert, update,
--    delete, truncate). A check no longer reads every listing to find the distinct names and normalises
--    none: an import normalises only the spellings it brings that are new. The table holds spellings only
--    (no row, NIK, village or birth date), and a spelling goes when its last listing goes.
-- 2. The fuzzy check is one pass over the listings: names one slip apart are joined into groups
--    (connected components of the "one slip apart" graph, over the spellings), each listing gets its group,
--    and the blocks (year, program, birth date, group) holding two identities are the only rows compared.
-- 3. Both checks set enable_mergejoin = off: the planner cannot see how few rows a CTE holds and chose to
--    sort a million rows to meet a hundred; hash joins keep the small side in memory. Village codes
--    compare byte-wise (collate "C").

create table if not exists private.ejaan_nama (
  nama text primary key,
  -- private.normalisasi_nama(nama): null for a name that normalises to nothing (titles only).
  normal text,
  -- As typed: lower case, letters and single spaces only.
  ketik text not null
);

comment on table private.ejaan_nama is
  'Distinct spellings of recipients'' names with their normalised forms, for the fuzzy duplicate check.';

-- Names are personal data: no role reads the table directly; the checks (security definer callers) do.
alter table private.ejaan_nama enable row level security;
revoke all on table private.ejaan_nama from public, anon, authenticated;
grant all on table private.ejaan_nama to service_role;
drop policy if exists "The service role manages name spellings" on private.ejaan_nama;
create policy "The service role manages name spellings" on private.ejaan_nama
  for all to service_role using (true) with check (true);

create or replace function private.ejaan_ketik(nama text) returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select btrim(regexp_replace(lower(nama), '[^a-z]+', ' ', 'g'))
$$;

-- Statement triggers: one insert of the new spellings per statement (an import chunk), whatever its size.
create or replace function private.ejaan_nama_masuk() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.ejaan_nama (nama, normal, ketik)
  select d.nama, private.normalisasi_nama(d.nama), private.ejaan_ketik(d.nama)
  from (select distinct baru.nama from baru where baru.nama is not null) as d
  -- Known spellings are skipped before normalising (the costly part); the conflict clause covers two
  -- imports adding the same new spelling at once.
  where not exists (select 1 from private.ejaan_nama as e where e.nama = d.nama)
  on conflict (nama) do nothing;
  return null;
end
$$;

create or replace function private.ejaan_nama_keluar() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from private.ejaan_nama as e
  where e.nama in (select lama.nama from lama where lama.nama is not null)
    and not exists (select 1 from public.penerima_bantuan as p where p.nama = e.nama);
  return null;
end
$$;

create or replace function private.ejaan_nama_kosongkan() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  truncate private.ejaan_nama;
  return null;
end
$$;

create or replace trigger penerima_ejaan_nama_insert after insert on public.penerima_bantuan
  referencing new table as baru for each statement execute function private.ejaan_nama_masuk();
create or replace trigger penerima_ejaan_nama_update_baru after update on public.penerima_bantuan
  referencing new table as baru for each statement execute function private.ejaan_nama_masuk();
create or replace trigger penerima_ejaan_nama_update_lama after update on public.penerima_bantuan
  referencing old table as lama for each statement execute function private.ejaan_nama_keluar();
create or replace trigger penerima_ejaan_nama_delete after delete on public.penerima_bantuan
  referencing old table as lama for each statement execute function private.ejaan_nama_keluar();
create or replace trigger penerima_ejaan_nama_truncate after truncate on public.penerima_bantuan
  for each statement execute function private.ejaan_nama_kosongkan();

revoke execute on function private.ejaan_nama_masuk(), private.ejaan_nama_keluar(),
  private.ejaan_nama_kosongkan() from public;
revoke execute on function private.ejaan_ketik(text) from public;
grant execute on function private.ejaan_ketik(text) to authenticated, service_role;

-- The spellings already listed.
insert into private.ejaan_nama (nama, normal, ketik)
select d.nama, private.normalisasi_nama(d.nama), private.ejaan_ketik(d.nama)
from (select distinct p.nama from public.penerima_bantuan as p where p.nama is not null) as d
on conflict (nama) do nothing;

create or replace function private.pasangan_persis(p_tahun integer default null)
returns table (
  kunci text, jenis text, alasan text, skor numeric, jarak_edit integer, tahun smallint, program text,
  sumber text, id_a bigint, id_b bigint, kode_desa_a text, kode_desa_b text
)
language sql
stable
-- The million-group pass is hashed in memory (the default 4 MB would spill it to disk). No merge joins:
-- the planner cannot see how few rows a CTE holds and would sort a million rows to meet a handful.
set work_mem = '256MB'
set enable_mergejoin = off
set search_path = ''
as $$
  -- One pass groups the listings by year and identity (a 32-bit hash of the 64-hex NIK, else KK) and keeps
  -- the identities listed in two villages, or more often than in distinct programs (a bit per program); only
  -- their rows are read again. Village codes compare byte-wise (collate "C"): the locale's rules are slow and
  -- equality is all that matters. A hash collision only merges groups, so it can add candidates (dropped by
  -- the exact comparison of identities below) but never hide a duplicate.
  with
  ganda as materialized (
    select p.tahun, hashtext(coalesce(p.nik, p.id_keluarga)) as sidik
    from public.penerima_bantuan as p
    where p_tahun is null or p.tahun = p_tahun
    group by 1, 2
    having count(*) > 1 and (
      min(p.kode_desa collate "C") <> max(p.kode_desa collate "C")
      or count(*) > bit_count(bit_or(case p.program when 'PKH' then 1 when 'BPNT' then 2 when 'BLT_DD' then 4
        when 'PBI_JKN' then 8 else 16 end)::bit(5))
    )
  ),
  r as (
    select p.id, p.tahun, p.program, coalesce(p.nik, p.id_keluarga) as identitas, p.nik is not null as pakai_nik,
      p.kode_desa
    from public.penerima_bantuan as p
    join ganda as g on g.tahun = p.tahun and g.sidik = hashtext(coalesce(p.nik, p.id_keluarga))
  ),
  penerima as (
    select distinct on (k.kunci)
      k.kunci, 'persis', k.alasan, 1.0, 0, a.tahun, k.program, 'penerima_bantuan', a.id, b.id,
      a.kode_desa, b.kode_desa
    from r as a
    join r as b on b.tahun = a.tahun and b.identitas = a.identitas and a.id < b.id
    cross join lateral (
      select
        case
          when a.kode_desa <> b.kode_desa and a.pakai_nik then 'nik_sama_lintas_desa'
          when a.kode_desa <> b.kode_desa then 'kk_sama_lintas_desa'
          else 'dua_kali_dalam_program'
        end as alasan,
        case when a.program = b.program then a.program
          else least(a.program, b.program) || '+' || greatest(a.program, b.program) end as program
    ) as j
    cross join lateral (
      select private.kunci_pasangan('persis', a.tahun, j.program, a.identitas, b.identitas, a.kode_desa,
        b.kode_desa) as kunci, j.alasan, j.program
    ) as k
    where a.program = b.program or a.kode_desa <> b.kode_desa
    order by k.kunci, a.id, b.id
  ),
  kepala as (
    select k.periode, hashtext(k.nik_kepala) as sidik
    from public.keluarga as k
    where p_tahun is null or k.periode = p_tahun
    group by 1, 2
    having count(*) > 1 and min(k.kode_desa collate "C") <> max(k.kode_desa collate "C")
  ),
  kepala_baris as (
    select k.* from public.keluarga as k
    join kepala as g on g.periode = k.periode and g.sidik = hashtext(k.nik_kepala)
  ),
  keluarga as (
    select distinct on (kunci)
      private.kunci_pasangan('persis', a.periode, 'DTSEN', a.nik_kepala, b.nik_kepala, a.kode_desa, b.kode_desa)
        as kunci,
      'persis', 'kepala_lintas_desa', 1.0, 0, a.periode, 'DTSEN', 'keluarga', a.id, b.id, a.kode_desa, b.kode_desa
    from kepala_baris as a
    join kepala_baris as b on b.periode = a.periode and b.nik_kepala = a.nik_kepala
      and a.id < b.id and a.kode_desa <> b.kode_desa
    order by kunci, a.id, b.id
  )
  select * from penerima
  union all
  select * from keluarga
$$;

create or replace function private.pasangan_mirip(p_tahun integer default null)
returns table (
  kunci text, jenis text, alasan text, skor numeric, jarak_edit integer, tahun smallint, program text,
  sumber text, id_a bigint, id_b bigint, kode_desa_a text, kode_desa_b text
)
language sql
stable
-- The million-row pass is hashed in memory; no merge joins (see the top of this file).
set work_mem = '256MB'
set enable_mergejoin = off
set search_path = ''
as $$
  with recursive
  -- Both spellings of every name (normalised, and as typed: a slip in the typed name can become two edits
  -- once normalised, "Khairul"/"Kahirul" → "hairul"/"kahirul"), each with its single-deletion
  -- neighbourhood (the spelling, and the spelling with one letter left out): two spellings one insertion,
  -- deletion, substitution or swap of adjacent letters apart always share one of these keys.
  ejaan as materialized (
    select distinct 'normal' as tingkat, e.normal as ejaan from private.ejaan_nama as e where e.normal is not null
    union all
    select distinct 'ketik', e.ketik from private.ejaan_nama as e where e.normal is not null and e.ketik <> ''
  ),
  kunci as materialized (
    select ejaan.tingkat, ejaan.ejaan, ejaan.ejaan collate "C" as kunci from ejaan
    union all
    select ejaan.tingkat, ejaan.ejaan, (left(ejaan.ejaan, i - 1) || substr(ejaan.ejaan, i + 1)) collate "C"
    from ejaan cross join lateral generate_series(1, length(ejaan.ejaan)) as i
  ),
  -- Spelling pairs one typing slip apart: Levenshtein 1, or the same letters in another order (a swap).
  ejaan_dekat as materialized (
    select c.tingkat, c.ejaan_a, c.ejaan_b,
      case when extensions.levenshtein(c.ejaan_a, c.ejaan_b) = 1 then 'salah_ketik' else 'huruf_tertukar' end
        as alasan
    from (
      select distinct a.tingkat, a.ejaan as ejaan_a, b.ejaan as ejaan_b
      from kunci as a join kunci as b on b.tingkat = a.tingkat and b.kunci = a.kunci and a.ejaan < b.ejaan
    ) as c
    where extensions.levenshtein(c.ejaan_a, c.ejaan_b) = 1
      or (length(c.ejaan_a) = length(c.ejaan_b) and private.huruf_urut(c.ejaan_a) = private.huruf_urut(c.ejaan_b))
  ),
  -- The same pairs as pairs of normalised names (equal normalised names are the same name, below).
  nama_dekat as materialized (
    select distinct on (n.normal_a, n.normal_b) n.normal_a, n.normal_b, n.alasan
    from (
      select d.ejaan_a as normal_a, d.ejaan_b as normal_b, d.alasan, 0 as urutan from ejaan_dekat as d
      where d.tingkat = 'normal'
      union all
      select least(a.normal, b.normal), greatest(a.normal, b.normal), d.alasan, 1
      from ejaan_dekat as d
      join private.ejaan_nama as a on a.ketik = d.ejaan_a
      join private.ejaan_nama as b on b.ketik = d.ejaan_b
      where d.tingkat = 'ketik' and a.normal <> b.normal
    ) as n
    order by n.normal_a, n.normal_b, n.urutan
  ),
  -- Groups of names: the connected components of the "one slip apart" graph, each named by its least
  -- name. Two listings that could pair have names in one group, so they meet in one block of the pass below.
  tepi as materialized (
    select nama_dekat.normal_a as dari, nama_dekat.normal_b as ke from nama_dekat
    union all
    select nama_dekat.normal_b, nama_dekat.normal_a from nama_dekat
  ),
  terjangkau (asal, normal) as (
    select distinct tepi.dari, tepi.dari from tepi
    union
    select t.asal, tepi.ke from terjangkau as t join tepi on tepi.dari = t.normal
  ),
  kelompok as materialized (
    select terjangkau.asal as normal, min(terjangkau.normal) as wakil from terjangkau group by 1
  ),
  -- The one pass over the listings: each with its name's group and a 32-bit hash of its identity.
  baris as materialized (
    select p.id, p.tahun, p.program, p.tanggal_lahir, coalesce(k.wakil, e.normal) as kelompok,
      hashtext(coalesce(p.nik, p.id_keluarga)) as sidik
    from public.penerima_bantuan as p
    join private.ejaan_nama as e on e.nama = p.nama
    left join kelompok as k on k.normal = e.normal
    where p.tanggal_lahir is not null and e.normal is not null and (p_tahun is null or p.tahun = p_tahun)
  ),
  -- Blocks (year, program, birth date, group) holding two identities. A hash collision can only hide a
  -- pair whose two identities hash alike: one in four billion.
  blok as materialized (
    select b.tahun, b.program, b.tanggal_lahir, b.kelompok
    from baris as b
    group by 1, 2, 3, 4
    having min(b.sidik) <> max(b.sidik)
  ),
  -- The listings of those blocks, read again by primary key, with their names.
  calon as materialized (
    select p.id, p.tahun, p.program, p.tanggal_lahir, coalesce(p.nik, p.id_keluarga) as identitas, p.kode_desa,
      p.nama, e.normal, b.kelompok
    from blok
    join baris as b on b.tahun = blok.tahun and b.program = blok.program and b.tanggal_lahir = blok.tanggal_lahir
      and b.kelompok = blok.kelompok
    join public.penerima_bantuan as p on p.id = b.id
    join private.ejaan_nama as e on e.nama = p.nama
  )
  -- Pairs in a block: the same normalised name (the very same name, or another spelling of it), or names
  -- one slip apart; two names of one group that are further apart are not a pair.
  select distinct on (kunci)
    private.kunci_pasangan('mirip', a.tahun, a.program, a.identitas, b.identitas, a.kode_desa, b.kode_desa) as kunci,
    'mirip',
    case when a.normal <> b.normal then d.alasan
      when lower(a.nama) = lower(b.nama) then 'nama_sama' else 'ejaan_berbeda' end,
    round(1 - j.jarak::numeric / greatest(length(a.normal), length(b.normal)), 3),
    j.jarak, a.tahun, a.program, 'penerima_bantuan', a.id, b.id, a.kode_desa, b.kode_desa
  from calon as a
  join calon as b on b.tahun = a.tahun and b.program = a.program and b.tanggal_lahir = a.tanggal_lahir
    and b.kelompok = a.kelompok and a.id < b.id and b.identitas <> a.identitas
  left join nama_dekat as d on d.normal_a = least(a.normal, b.normal) and d.normal_b = greatest(a.normal, b.normal)
  cross join lateral (select case when a.normal = b.normal then 0 else 1 end as jarak) as j
  where a.normal = b.normal or d.alasan is not null
  order by kunci, j.jarak, a.id, b.id
$$;

comment on function private.pasangan_persis(integer) is
  'Exact duplicate pairs (same pseudonymised NIK/KK in two villages, or twice in one program and year).';
comment on function private.pasangan_mirip(integer) is
  'Fuzzy duplicate pairs: same program, year and birth date; normalised names equal or one slip apart.';

revoke execute on function private.pasangan_persis(integer), private.pasangan_mirip(integer) from public;
