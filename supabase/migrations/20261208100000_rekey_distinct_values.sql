-- Bulk loads re-key each distinct incoming value once (20261204100000_bulk_personal_loads.sql re-keyed
-- every row's). A DTSEN file repeats each KK number once per period and an aid file each NIK once per
-- program and year, so the demo's 1.68 M listings hold far fewer distinct values than rows, and the re-key
-- (two SHA-256 and the form checks, ~19 µs a value on PGlite) was two thirds of the insert: measured on
-- 170,784 listings (2 cores, shared), 9.8 s of CPU with the re-key per row against 3.5 s without it.
-- Same function per value (private.rekey_pseudonym), same refusals with the column's constraint name; the
-- rows go in in the staged (file) order. work_mem holds the distinct values' hash tables in memory.

-- Moves the session's staged households into public.keluarga, re-keyed; returns the rows inserted.
create or replace function private.insert_staged_keluarga() returns bigint
language plpgsql volatile security invoker set search_path = '' set work_mem = '256MB' as $$
declare
  pads bytea := private.pseudonym_pads();
  -- The recorded key fingerprint, or (first rows ever) the first staged value's own, recorded now.
  fingerprint text := private.pseudonym_fingerprint_for(
    (select s.id_keluarga from pg_temp.staged_keluarga as s limit 1));
  inserted bigint;
begin
  alter table public.keluarga disable trigger keluarga_rekey_pseudonyms;
  insert into public.keluarga (batch_id, baris, id_keluarga, kode_desa, periode, desil, jumlah_anggota,
    mata_pencaharian, miskin, miskin_ekstrem, nik_kepala, nama_kepala, tanggal_lahir_kepala)
  select s.batch_id, s.baris, i.baru, s.kode_desa, s.periode, s.desil, s.jumlah_anggota,
    s.mata_pencaharian, s.miskin, s.miskin_ekstrem, n.baru, s.nama_kepala, s.tanggal_lahir_kepala
  from pg_temp.staged_keluarga as s
  left join (
    select d.lama, private.rekey_pseudonym(d.lama, pads, fingerprint, 'keluarga_id_pseudonymised') as baru
    from (select distinct t.id_keluarga as lama from pg_temp.staged_keluarga as t) as d
  ) as i on i.lama = s.id_keluarga
  left join (
    select d.lama, private.rekey_pseudonym(d.lama, pads, fingerprint, 'keluarga_nik_pseudonymised') as baru
    from (select distinct t.nik_kepala as lama from pg_temp.staged_keluarga as t) as d
  ) as n on n.lama = s.nik_kepala
  order by s.baris;
  get diagnostics inserted = row_count;
  alter table public.keluarga enable trigger keluarga_rekey_pseudonyms;
  truncate pg_temp.staged_keluarga;
  return inserted;
end
$$;

-- Moves the session's staged aid listings into public.penerima_bantuan, re-keyed; returns the rows inserted.
create or replace function private.insert_staged_penerima_bantuan() returns bigint
language plpgsql volatile security invoker set search_path = '' set work_mem = '256MB' as $$
declare
  pads bytea := private.pseudonym_pads();
  -- The recorded key fingerprint, or (first rows ever) the first staged value's own, recorded now.
  fingerprint text := private.pseudonym_fingerprint_for(
    (select coalesce(s.id_keluarga, s.nik) from pg_temp.staged_penerima_bantuan as s limit 1));
  inserted bigint;
begin
  alter table public.penerima_bantuan disable trigger penerima_bantuan_rekey_pseudonyms;
  insert into public.penerima_bantuan (batch_id, baris, program, tahun, id_keluarga, nik, nama,
    tanggal_lahir, kode_desa, nilai_rp)
  select s.batch_id, s.baris, s.program, s.tahun, i.baru, n.baru, s.nama, s.tanggal_lahir, s.kode_desa,
    s.nilai_rp
  from pg_temp.staged_penerima_bantuan as s
  left join (
    select d.lama, private.rekey_pseudonym(d.lama, pads, fingerprint, 'penerima_id_pseudonymised') as baru
    from (select distinct t.id_keluarga as lama from pg_temp.staged_penerima_bantuan as t) as d
  ) as i on i.lama = s.id_keluarga
  left join (
    select d.lama, private.rekey_pseudonym(d.lama, pads, fingerprint, 'penerima_nik_pseudonymised') as baru
    from (select distinct t.nik as lama from pg_temp.staged_penerima_bantuan as t) as d
  ) as n on n.lama = s.nik
  order by s.baris;
  get diagnostics inserted = row_count;
  alter table public.penerima_bantuan enable trigger penerima_bantuan_rekey_pseudonyms;
  truncate pg_temp.staged_penerima_bantuan;
  return inserted;
end
$$;

revoke all on function private.insert_staged_keluarga(), private.insert_staged_penerima_bantuan()
  from public, anon, authenticated, service_role;
