-- Writes go through functions that stamp the author and the time (issue 13). Before this migration a
-- planner could, with plain PostgREST requests: log an import batch with any author and date; delete or
-- rename households and listings; add a follow-up dated 2099 (the "latest" one forever) or a rule row
-- with someone else's user id and any date; delete a rule; move a decision to another pair key; store a
-- 1 MB rule reason (which programs.json then published).
--
-- Now:
-- * authenticated holds no insert, update or delete privilege on import_batches, keluarga,
--   penerima_bantuan, kombinasi_program, keputusan_duplikat or tindak_lanjut_desa. Planners write rules,
--   decisions and follow-ups through ubah_aturan_kombinasi(), tetapkan_keputusan_duplikat() and
--   tambah_tindak_lanjut() (security definer, planners only); imports are written by the import path as
--   the database owner (CLI), never by an API role.
-- * BEFORE triggers stamp who and when on every insert and update, whoever writes (owner and service role
--   included): a client-chosen author or timestamp is overwritten by auth.uid(), the request's author
--   label (private.penulis_permintaan()) and now().
-- * The decision key cannot change (a trigger refuses it for every role).
-- * Free text is bounded, in the table (check constraint) and in the function (a message naming the field,
--   its length and the limit, in Indonesian and English): a rule's reason ≤ 500 characters, a decision's
--   note ≤ 500, a follow-up's note ≤ 2,000, an import file name ≤ 255.
-- The history of every change is in riwayat_perubahan (20261203110000) and keputusan_duplikat_riwayat.

-- ---- Privileges: nothing but select for authenticated --------------------------------------------------
revoke insert, update, delete, truncate on table public.import_batches, public.keluarga, public.penerima_bantuan,
  public.kombinasi_program, public.keputusan_duplikat, public.tindak_lanjut_desa from authenticated;

drop policy if exists "Planners add to the import log" on public.import_batches;
drop policy if exists "Planners write households" on public.keluarga;
drop policy if exists "Planners write aid recipients" on public.penerima_bantuan;
drop policy if exists "Planners edit combination rules" on public.kombinasi_program;
drop policy if exists "Planners record duplicate decisions" on public.keputusan_duplikat;
drop policy if exists "Planners change duplicate decisions" on public.keputusan_duplikat;
drop policy if exists "Planners add village follow-ups as themselves" on public.tindak_lanjut_desa;

-- ---- Bounded free text -------------------------------------------------------------------------------
do $$
begin
  if not exists (select 1 from pg_constraint where conname = 'kombinasi_program_alasan_length') then
    alter table public.kombinasi_program
      add constraint kombinasi_program_alasan_length check (length(alasan) <= 500);
  end if;
  if not exists (select 1 from pg_constraint where conname = 'import_batches_nama_file_length') then
    alter table public.import_batches
      add constraint import_batches_nama_file_length check (length(nama_file) between 1 and 255);
  end if;
end
$$;

-- The readable author of an import batch (the e-mail, or cli:<db user> for the CLI), beside its user id.
alter table public.import_batches add column if not exists diimpor_oleh_nama text;

-- One message for every bounded text: "<field> terlalu panjang: N karakter (maksimal M) / <field> too long: …".
create or replace function private.periksa_panjang(p_kolom text, p_nilai text, p_maksimal integer) returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if length(p_nilai) > p_maksimal then
    raise exception '% terlalu panjang: % karakter (maksimal %) / % too long: % characters (at most %)',
      p_kolom, length(p_nilai), p_maksimal, p_kolom, length(p_nilai), p_maksimal
      using errcode = 'string_data_right_truncation';
  end if;
end
$$;

revoke execute on function private.periksa_panjang(text, text, integer) from public;

-- A rejected row's report (import_batches.baris_ditolak, readable by every planner) quotes the offending
-- cell; for a name or a birth date that would be a way around the column privileges of
-- 20261203110100. So the value of those four columns is blanked, and removed from both messages (the
-- whole value and the importer's 60-character clip of it, src/import/import-issue.ts).
create or replace function private.samarkan_baris_ditolak(p_laporan jsonb) returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when jsonb_typeof(p_laporan) <> 'array' then p_laporan else (
    select coalesce(jsonb_agg(
      case
        when x.e ->> 'column' in ('nama_kepala', 'tanggal_lahir_kepala', 'nama', 'tanggal_lahir')
          and coalesce(x.e ->> 'value', '') <> ''
        then x.e || jsonb_build_object('value', '')
          || coalesce((select jsonb_object_agg(m.kunci,
              replace(replace(x.e ->> m.kunci, x.e ->> 'value', '***'), left(x.e ->> 'value', 59) || '…', '***'))
            from unnest(array['pesan', 'message']) as m (kunci) where x.e ? m.kunci), '{}'::jsonb)
        else x.e
      end order by x.i), '[]'::jsonb)
    from jsonb_array_elements(p_laporan) with ordinality as x (e, i)
  ) end
$$;

revoke execute on function private.samarkan_baris_ditolak(jsonb) from public;

-- ---- Stamps: who and when come from the request and the server clock -----------------------------------
create or replace function private.stempel_import_batches() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    new.diimpor_oleh := old.diimpor_oleh;
    new.diimpor_oleh_nama := old.diimpor_oleh_nama;
    new.diimpor_pada := old.diimpor_pada;
  else
    new.diimpor_oleh := auth.uid();
    new.diimpor_oleh_nama := private.penulis_permintaan();
    new.diimpor_pada := now();
  end if;
  new.baris_ditolak := private.samarkan_baris_ditolak(new.baris_ditolak);
  return new;
end
$$;

create or replace trigger import_batches_stempel before insert or update on public.import_batches
  for each row execute function private.stempel_import_batches();

-- Replaces the update-only trigger of 20261128001400: inserts are stamped too.
create or replace function private.touch_kombinasi_program() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.diubah_pada := now();
  new.diubah_oleh := auth.uid();
  return new;
end
$$;

drop trigger if exists kombinasi_program_set_updated on public.kombinasi_program;
create or replace trigger kombinasi_program_stempel before insert or update on public.kombinasi_program
  for each row execute function private.touch_kombinasi_program();

create or replace function private.stempel_tindak_lanjut() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    new.dibuat_oleh := old.dibuat_oleh;
    new.penulis := old.penulis;
    new.dibuat_pada := old.dibuat_pada;
  else
    new.dibuat_oleh := auth.uid();
    new.penulis := left(private.penulis_permintaan(), 200);
    new.dibuat_pada := now();
  end if;
  return new;
end
$$;

create or replace trigger tindak_lanjut_desa_stempel before insert or update on public.tindak_lanjut_desa
  for each row execute function private.stempel_tindak_lanjut();

-- A decision belongs to its pair for good: moving it to another key would detach it from the pair it judged.
create or replace function private.kunci_keputusan_tetap() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.kunci_pasangan is distinct from old.kunci_pasangan then
    raise exception 'kunci_pasangan tidak dapat diubah (% → %) / a decision''s pair key cannot change',
      old.kunci_pasangan, new.kunci_pasangan using errcode = 'integrity_constraint_violation';
  end if;
  return new;
end
$$;

create or replace trigger keputusan_duplikat_kunci_tetap before update on public.keputusan_duplikat
  for each row execute function private.kunci_keputusan_tetap();

revoke execute on function private.stempel_import_batches(), private.touch_kombinasi_program(),
  private.stempel_tindak_lanjut(), private.kunci_keputusan_tetap() from public;

-- ---- The write functions ------------------------------------------------------------------------------
create or replace function public.ubah_aturan_kombinasi(
  p_program_1 text, p_program_2 text, p_diizinkan boolean, p_alasan text default ''
) returns public.kombinasi_program
language plpgsql
security definer
set search_path = ''
as $$
declare
  hasil public.kombinasi_program;
  alasan text := btrim(coalesce(p_alasan, ''));
begin
  if not public.is_planner() then
    raise exception 'ubah_aturan_kombinasi is for planners only' using errcode = 'insufficient_privilege';
  end if;
  if p_program_1 is null or p_program_2 is null or p_program_1 = p_program_2 then
    raise exception 'a rule needs two different programs, got % and %', coalesce(p_program_1, 'null'),
      coalesce(p_program_2, 'null') using errcode = 'invalid_parameter_value';
  end if;
  if p_diizinkan is null then
    raise exception 'diizinkan must be true or false for % + %', p_program_1, p_program_2
      using errcode = 'invalid_parameter_value';
  end if;
  if (select count(*) from public.program_bantuan where kode in (p_program_1, p_program_2)) <> 2 then
    raise exception 'unknown program in % + % (known: PKH, BPNT, BLT_DD, PBI_JKN, PIP)', p_program_1, p_program_2
      using errcode = 'invalid_parameter_value';
  end if;
  perform private.periksa_panjang('alasan', alasan, 500);
  insert into public.kombinasi_program (program_a, program_b, diizinkan, alasan)
  values (least(p_program_1, p_program_2), greatest(p_program_1, p_program_2), p_diizinkan, alasan)
  on conflict (program_a, program_b) do update set diizinkan = excluded.diizinkan, alasan = excluded.alasan
  returning * into hasil;
  return hasil;
end
$$;

create or replace function public.tetapkan_keputusan_duplikat(
  p_kunci text, p_keputusan text, p_catatan text default ''
) returns public.keputusan_duplikat
language plpgsql
security definer
set search_path = ''
as $$
declare
  hasil public.keputusan_duplikat;
  catatan text := btrim(coalesce(p_catatan, ''));
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
  perform private.periksa_panjang('catatan', catatan, 500);
  insert into public.keputusan_duplikat (kunci_pasangan, keputusan, catatan)
  values (p_kunci, p_keputusan, catatan)
  on conflict (kunci_pasangan) do update set keputusan = excluded.keputusan, catatan = excluded.catatan
  returning * into hasil;
  return hasil;
end
$$;

-- A follow-up: the village, its new status and a note; the author and the time are the database's.
create or replace function public.tambah_tindak_lanjut(p_kode_desa text, p_status text, p_catatan text default '')
returns public.tindak_lanjut_desa
language plpgsql
security definer
set search_path = ''
as $$
declare
  hasil public.tindak_lanjut_desa;
  catatan text := btrim(coalesce(p_catatan, ''));
begin
  if not public.is_planner() then
    raise exception 'tambah_tindak_lanjut is for planners only' using errcode = 'insufficient_privilege';
  end if;
  perform private.periksa_panjang('catatan', catatan, 2000);
  -- Status and village are checked by the table (constraint tindak_lanjut_status_known, trigger
  -- tindak_lanjut_desa_kode); penulis, dibuat_oleh and dibuat_pada by the stamp trigger.
  insert into public.tindak_lanjut_desa (kode_desa, status, catatan, penulis)
  values (p_kode_desa, p_status, catatan, private.penulis_permintaan())
  returning * into hasil;
  return hasil;
end
$$;

comment on function public.tambah_tindak_lanjut(text, text, text) is
  'Adds a follow-up to a village (planners only); author and time are stamped by the database.';

revoke execute on function public.ubah_aturan_kombinasi(text, text, boolean, text),
  public.tetapkan_keputusan_duplikat(text, text, text), public.tambah_tindak_lanjut(text, text, text)
  from public, anon;
grant execute on function public.ubah_aturan_kombinasi(text, text, boolean, text),
  public.tetapkan_keputusan_duplikat(text, text, text), public.tambah_tindak_lanjut(text, text, text)
  to authenticated, service_role;
