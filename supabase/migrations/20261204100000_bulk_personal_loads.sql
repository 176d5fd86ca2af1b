-- Bulk loads of personal rows, set-wise: the data build loads 2.5 million demo rows, and the per-row
-- re-key trigger (20261203120000_pseudonym_pepper.sql) cost about twice the insert itself, a plpgsql call
-- per row. Here the importer stages a file's rows in a temporary table of its own session
-- (pg_temp.staged_keluarga / pg_temp.staged_penerima_bantuan: batch_id, baris and the file's columns,
-- scripts/import/bulk-load.ts) and one call moves them into the table in one INSERT … SELECT that applies
-- the very same re-key, private.rekey_pseudonym, to every row: same pepper, same form and fingerprint
-- checks, same refusals (SQLSTATE 23514 with the column's constraint name). The statement triggers run
-- once for the whole file instead of once per chunk: one spelling pass (private.ejaan_nama) and one
-- history row.
--
-- Who can skip the row trigger: nobody but the tables' owner. The functions are security invoker with
-- EXECUTE revoked from every API role, and the row trigger is switched off with ALTER TABLE … DISABLE
-- TRIGGER, which only the table's owner may run; it takes a lock that keeps every other session's writes
-- to the table waiting until this transaction ends, and the trigger is back on before the function
-- returns (a failure rolls the switch back with everything else). A planner's import, a browser import
-- and the service role go through the row trigger as before.

-- The tests of an incoming pseudonym, as in 20261203120000_pseudonym_pepper.sql and giving the same
-- answers for every value, written without ltrim and without cutting the hash out first: on a UTF-8
-- database ltrim(text, set) walks both strings character by character (~18 µs a call on PGlite) and each
-- substr of the hash costs a walk too, which made these tests 5 of the 9 seconds that re-keying 100,000
-- households took (measured, 2 cores). A regex with `+` (not `{64}`, which the engine expands into 64
-- states) and comparisons of fixed slices cost under 1 µs each.
-- Form: 'p1.' || 16 hex || '.' || 64 hex: 84 bytes, dots only at 3 and 20, hex everywhere else.
create or replace function private.is_pseudonym_form(incoming text) returns boolean
language sql immutable as $$
  select octet_length(incoming) = 84 and substr(incoming, 20, 1) = '.'
    and incoming ~ '^p1\.[0-9a-f]+\.[0-9a-f]+$'
$$;

-- Whether the hash of a value in pseudonym form (its 64 characters after the second dot) is a padded
-- number, not a hash: only decimal digits, or a run of 24 or more equal characters at either end (before:
-- private.is_padded_number(hash), at most 40 characters left after trimming the end character).
create or replace function private.is_padded_pseudonym(incoming text) returns boolean
language sql immutable as $$
  select incoming ~ '\.[0-9]+$' or substr(incoming, 21, 24) = repeat(substr(incoming, 21, 1), 24)
    or right(incoming, 24) = repeat(right(incoming, 1), 24)
$$;

-- Whether `incoming` may be re-keyed: null, or the importer's form with this database's key fingerprint
-- and a hash that is not a padded number. The one definition of an acceptable incoming pseudonym.
create or replace function private.is_acceptable_pseudonym(incoming text, key_fingerprint text)
returns boolean
language sql immutable as $$
  select incoming is null or (private.is_pseudonym_form(incoming) and substr(incoming, 4, 16) = key_fingerprint
    and not private.is_padded_pseudonym(incoming))
$$;

-- As in 20261203120000_pseudonym_pepper.sql, with its acceptance test now the function above (so the
-- bulk loads' lookup of refused rows and the re-key can never disagree). Still plain SQL, inlined.
create or replace function private.rekey_pseudonym(
  incoming text, pads bytea, key_fingerprint text, constraint_name text
) returns text
language sql immutable as $$
  select case
    when incoming is null then null
    when private.is_acceptable_pseudonym(incoming, key_fingerprint)
      then encode(sha256(substr(pads, 65, 64) || sha256(substr(pads, 1, 64) || decode(substr(incoming, 21), 'hex'))), 'hex')
    else private.refuse_pseudonym(incoming, key_fingerprint, constraint_name)
  end
$$;

-- As in 20261203120000_pseudonym_pepper.sql, with the padding test above.
create or replace function private.refuse_pseudonym(incoming text, key_fingerprint text, constraint_name text)
returns text
language plpgsql immutable set search_path = '' as $$
begin
  if not private.is_pseudonym_form(incoming) then
    raise exception using errcode = '23514', constraint = constraint_name,
      message = format('%s: bukan pseudonim (harus p1.<16 hex>.<64 hex> dari importer), bukan NIK/KK mentah. / '
        || 'not a pseudonym (must be p1.<16 hex>.<64 hex> from the importer), never a raw NIK/KK number.',
        constraint_name);
  end if;
  if private.is_padded_pseudonym(incoming) then
    raise exception using errcode = '23514', constraint = constraint_name,
      message = format('%s: nilai ini NIK/KK yang diisi, bukan hash. / this value is a padded NIK/KK number, not a hash.',
        constraint_name);
  end if;
  raise exception using errcode = '23514', constraint = 'pseudonym_key_fingerprint',
    message = format('%s: di-hash dengan kunci lain (sidik %s) daripada kunci basis data ini (sidik %s). / '
      || 'hashed with another key (fingerprint %s) than this database''s key (fingerprint %s).',
      constraint_name, substr(incoming, 4, 16), key_fingerprint, substr(incoming, 4, 16), key_fingerprint);
end
$$;

drop function if exists private.is_padded_number(text);

-- Moves the session's staged households into public.keluarga, re-keyed; returns the rows inserted.
create or replace function private.insert_staged_keluarga() returns bigint
language plpgsql volatile security invoker set search_path = '' as $$
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
  select s.batch_id, s.baris,
    private.rekey_pseudonym(s.id_keluarga, pads, fingerprint, 'keluarga_id_pseudonymised'),
    s.kode_desa, s.periode, s.desil, s.jumlah_anggota, s.mata_pencaharian, s.miskin, s.miskin_ekstrem,
    private.rekey_pseudonym(s.nik_kepala, pads, fingerprint, 'keluarga_nik_pseudonymised'),
    s.nama_kepala, s.tanggal_lahir_kepala
  from pg_temp.staged_keluarga as s;
  get diagnostics inserted = row_count;
  alter table public.keluarga enable trigger keluarga_rekey_pseudonyms;
  truncate pg_temp.staged_keluarga;
  return inserted;
end
$$;

-- Moves the session's staged aid listings into public.penerima_bantuan, re-keyed; returns the rows inserted.
create or replace function private.insert_staged_penerima_bantuan() returns bigint
language plpgsql volatile security invoker set search_path = '' as $$
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
  select s.batch_id, s.baris, s.program, s.tahun,
    private.rekey_pseudonym(s.id_keluarga, pads, fingerprint, 'penerima_id_pseudonymised'),
    private.rekey_pseudonym(s.nik, pads, fingerprint, 'penerima_nik_pseudonymised'),
    s.nama, s.tanggal_lahir, s.kode_desa, s.nilai_rp
  from pg_temp.staged_penerima_bantuan as s;
  get diagnostics inserted = row_count;
  alter table public.penerima_bantuan enable trigger penerima_bantuan_rekey_pseudonyms;
  truncate pg_temp.staged_penerima_bantuan;
  return inserted;
end
$$;

revoke all on function private.is_padded_pseudonym(text), private.is_acceptable_pseudonym(text, text),
  private.insert_staged_keluarga(),
  private.insert_staged_penerima_bantuan()
  from public, anon, authenticated, service_role;
