-- Suspected duplicate recipients, as pairs of rows with a reason and a score (planners only).
--
-- Exact (jenis 'persis'), from the pseudonymised numbers alone:
--   nik_sama_lintas_desa / kk_sama_lintas_desa  the same NIK (else KK) listed in two villages in one year;
--   dua_kali_dalam_program                      the same NIK/KK listed twice in one program and year;
--   kepala_lintas_desa                          one head's NIK heads DTSEN households in two villages.
-- Fuzzy (jenis 'mirip'): same program, year and birth date, another identity, and names that are equal
-- after normalisation (private.normalisasi_nama: spelling variants, titles) or one typing slip apart (one
-- insertion, deletion or substitution, or letters swapped). Two slips are not enough: on the demo's names,
-- "Hamzah"/"Hasan" and "Hadijah"/"Hasnah" are two edits apart once normalised, and they are different people.
-- A slip counts on the name as typed too (letters only), since normalising can turn one slip into two edits.
-- The comparison is on distinct names, not rows: candidate name pairs come from a single-deletion
-- neighbourhood (keys shared by names one edit apart), then rows meet on (tahun, program, tanggal_lahir).

create or replace function private.pasangan_persis(p_tahun integer default null)
returns table (
  kunci text, jenis text, alasan text, skor numeric, jarak_edit integer, tahun smallint, program text,
  sumber text, id_a bigint, id_b bigint, kode_desa_a text, kode_desa_b text
)
language sql
stable
-- The whole list is hashed in memory; the default 4 MB would spill it to disk.
set work_mem = '128MB'
set search_path = ''
as $$
  -- One pass counts each identity per program and year (and the villages it is listed in); only the
  -- identities with a finding are read again, as rows. The pass groups by a 32-bit hash of the 64-hex
  -- identity, so a million groups fit in memory; a hash collision only adds candidates, which the exact
  -- comparison of the identities below drops.
  with
  per_program as (
    select p.tahun, hashtext(coalesce(p.nik, p.id_keluarga)) as sidik, p.program, count(*) as jumlah,
      min(p.kode_desa) as desa_pertama, max(p.kode_desa) as desa_terakhir
    from public.penerima_bantuan as p
    where p_tahun is null or p.tahun = p_tahun
    group by 1, 2, 3
  ),
  ganda as (
    select g.tahun, g.sidik
    from per_program as g
    group by 1, 2
    having max(g.jumlah) > 1 or min(g.desa_pertama) <> max(g.desa_terakhir)
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
    having min(k.kode_desa) <> max(k.kode_desa)
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
-- The whole list is hashed in memory; the default 4 MB would spill it to disk.
set work_mem = '128MB'
set search_path = ''
as $$
  -- Each distinct spelling is normalised once, and also kept as typed (lower case, letters only): a slip
  -- in the typed name can become two edits once normalised ("Khairul"/"Kahirul" → "hairul"/"kahirul").
  with nama as materialized (
    select d.nama, private.normalisasi_nama(d.nama) as normal,
      btrim(regexp_replace(lower(d.nama), '[^a-z]+', ' ', 'g')) as ketik
    from (
      select distinct p.nama from public.penerima_bantuan as p
      where p.tanggal_lahir is not null and p.nama is not null and (p_tahun is null or p.tahun = p_tahun)
    ) as d
  ),
  -- Both spellings of every name, each with its single-deletion neighbourhood (the spelling, and the
  -- spelling with one letter left out): two spellings one insertion, deletion, substitution or swap of
  -- adjacent letters apart always share one of these keys.
  ejaan as materialized (
    select distinct 'normal' as tingkat, nama.normal as ejaan from nama where nama.normal is not null
    union all
    select distinct 'ketik', nama.ketik from nama where nama.normal is not null and nama.ketik <> ''
  ),
  kunci as materialized (
    select ejaan.tingkat, ejaan.ejaan, ejaan.ejaan as kunci from ejaan
    union all
    select ejaan.tingkat, ejaan.ejaan, left(ejaan.ejaan, i - 1) || substr(ejaan.ejaan, i + 1)
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
  -- The same pairs as pairs of normalised names (equal normalised names are found below, as the same name).
  nama_dekat as materialized (
    select distinct on (n.normal_a, n.normal_b) n.normal_a, n.normal_b, n.alasan
    from (
      select d.ejaan_a as normal_a, d.ejaan_b as normal_b, d.alasan, 0 as urutan from ejaan_dekat as d
      where d.tingkat = 'normal'
      union all
      select least(a.normal, b.normal), greatest(a.normal, b.normal), d.alasan, 1
      from ejaan_dekat as d
      join nama as a on a.ketik = d.ejaan_a
      join nama as b on b.ketik = d.ejaan_b
      where d.tingkat = 'ketik' and a.normal <> b.normal
    ) as n
    order by n.normal_a, n.normal_b, n.urutan
  ),
  -- Every listing with a birth date and a name, narrowed to what the comparison needs.
  baris as materialized (
    select p.id, p.tahun, p.program, p.tanggal_lahir, coalesce(p.nik, p.id_keluarga) as identitas, p.kode_desa,
      nama.normal
    from public.penerima_bantuan as p
    join nama on nama.nama = p.nama
    where nama.normal is not null and p.tanggal_lahir is not null and (p_tahun is null or p.tahun = p_tahun)
  ),
  -- Blocks (year, program, birth date, normalised name) holding two identities: one hash aggregate that
  -- keeps the row ids, so the few rows in such blocks are fetched again by primary key.
  blok_sama as materialized (
    select b.normal, array_agg(b.id) as ids
    from baris as b
    group by b.tahun, b.program, b.tanggal_lahir, b.normal
    having min(b.identitas) <> max(b.identitas)
  ),
  sama as materialized (
    select p.id, p.tahun, p.program, p.tanggal_lahir, coalesce(p.nik, p.id_keluarga) as identitas, p.kode_desa,
      k.normal
    from blok_sama as k
    cross join lateral unnest(k.ids) as u (id)
    join public.penerima_bantuan as p on p.id = u.id
  ),
  -- Listings whose name has a name one slip away: few, so they are compared with each other directly.
  dekat as materialized (
    select b.* from baris as b
    where b.normal in (select nama_dekat.normal_a from nama_dekat union select nama_dekat.normal_b from nama_dekat)
  ),
  calon as (
    select a.id as id_a, b.id as id_b, a.tahun, a.program, a.identitas as identitas_a, b.identitas as identitas_b,
      a.kode_desa as kode_desa_a, b.kode_desa as kode_desa_b, a.normal as normal_a, b.normal as normal_b,
      0 as jarak, null::text as alasan
    from sama as a
    join sama as b on b.tahun = a.tahun and b.program = a.program and b.tanggal_lahir = a.tanggal_lahir
      and b.normal = a.normal and a.id < b.id
    where a.identitas <> b.identitas
    union all
    select a.id, b.id, a.tahun, a.program, a.identitas, b.identitas, a.kode_desa, b.kode_desa, a.normal, b.normal,
      1, d.alasan
    from nama_dekat as d
    join dekat as a on a.normal = d.normal_a
    join dekat as b on b.normal = d.normal_b and b.tahun = a.tahun and b.program = a.program
      and b.tanggal_lahir = a.tanggal_lahir
    where a.identitas <> b.identitas
  )
  select distinct on (kunci)
    private.kunci_pasangan('mirip', c.tahun, c.program, c.identitas_a, c.identitas_b, c.kode_desa_a,
      c.kode_desa_b) as kunci,
    'mirip',
    -- Equal after normalisation: the very same name, or another spelling of it.
    coalesce(c.alasan, case when lower(pa.nama) = lower(pb.nama) then 'nama_sama' else 'ejaan_berbeda' end),
    round(1 - c.jarak::numeric / greatest(length(c.normal_a), length(c.normal_b)), 3),
    c.jarak, c.tahun, c.program, 'penerima_bantuan', c.id_a, c.id_b, c.kode_desa_a, c.kode_desa_b
  from calon as c
  join public.penerima_bantuan as pa on pa.id = c.id_a
  join public.penerima_bantuan as pb on pb.id = c.id_b
  order by kunci, c.jarak, c.id_a, c.id_b
$$;

comment on function private.pasangan_persis(integer) is
  'Exact duplicate pairs (same pseudonymised NIK/KK in two villages, or twice in one program and year).';
comment on function private.pasangan_mirip(integer) is
  'Fuzzy duplicate pairs: same program, year and birth date; normalised names equal or one slip apart.';

-- Names are shown to planners as initials ("S*** R***") unless the JWT authorises more: app_metadata.role
-- 'admin', or app_metadata.lihat_nama = true (set by an admin for the staff who verify lists in the field).
create or replace function public.boleh_lihat_nama() returns boolean
language sql
stable
security invoker
set search_path = ''
as $$
  select public.is_planner() and (
    public.app_role() = 'admin'
    or coalesce(auth.jwt() -> 'app_metadata' ->> 'lihat_nama', '') = 'true'
  )
$$;

comment on function public.boleh_lihat_nama() is
  'True when the caller may see recipients'' names and birth dates: admin, or a planner with app_metadata.lihat_nama.';

create or replace function private.samarkan_nama(nama text) returns text
language sql
immutable
set search_path = ''
as $$
  select regexp_replace(initcap(nama), '([[:alpha:]])[[:alpha:]]*', '\1***', 'g')
$$;

-- The review list: both kinds, with names masked or not, and the decision taken so far.
create or replace function public.pasangan_duplikat(p_tahun integer default null, p_jenis text default null)
returns table (
  kunci text, jenis text, alasan text, skor numeric, jarak_edit integer, tahun smallint, program text,
  sumber text, kode_desa_a text, kode_desa_b text, nama_a text, nama_b text, tanggal_lahir_a date,
  tanggal_lahir_b date, keputusan text, catatan text, diputuskan_pada timestamptz
)
language plpgsql
stable
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
    with pasangan as (
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
  'Suspected duplicate pairs for the review screen (planners only); names masked unless boleh_lihat_nama().';

revoke execute on function private.pasangan_persis(integer), private.pasangan_mirip(integer),
  private.samarkan_nama(text) from public;
revoke execute on function public.pasangan_duplikat(integer, text) from public, anon;
grant execute on function public.pasangan_duplikat(integer, text) to authenticated, service_role;
revoke execute on function public.boleh_lihat_nama() from public;
grant execute on function public.boleh_lihat_nama() to anon, authenticated, service_role;
