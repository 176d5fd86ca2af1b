-- The workbench's commit at scale (issue 14): 1,000,000 recipient rows must commit at 50,000 rows/s or
-- more on PostgreSQL. private.impor_terapkan (20261204120000_import_workbench.sql) committed ~6,000
-- rows/s into an empty table and was quadratic when it replaced rows: 20,000 rows replacing 20,000 over
-- 250 villages took 73 s (npm run bench, scripts/bench/import-commit.ts; profiled with auto_explain).
-- Three statements were to blame, each fixed here; the function is restated with only them changed (same
-- signature, same results, same refusals, same log and kept rows; the preview still runs it and rolls
-- it back, the commit is still one transaction):
--
-- 1. The per-village effect ran five correlated subqueries per village over the batch's rows and the
--    replaced ones, one of them a join per village (villages × rows, and rows² / villages when rows are
--    replaced: 51 of the 73 s). Now each side is grouped once per village and once per (village,
--    identity), and the two are joined once: the same counts (the pairs of a village's equal identities,
--    as the join counted them) in one pass.
-- 2. The removal matched the kept rows with `is not distinct from`, which no hash or merge join can use:
--    a nested loop over both (20 of the 73 s). The keys are never null (the identity, or the primary key
--    kode_desa, tahun), so `=` selects the same rows, and it hashes.
-- 3. The insert re-keyed every pseudonym through the per-row plpgsql trigger. Personal rows now go through
--    the bulk path the data build uses (20261204100000_bulk_personal_loads.sql): staged in
--    pg_temp.staged_<table> and moved by private.insert_staged_<table>(), one INSERT … SELECT applying the
--    same private.rekey_pseudonym to every row (same pepper, same checks, same refusals: SQLSTATE 23514
--    with the column's constraint name), with the row trigger off for that one statement. Only the
--    tables' owner may switch it off; the workbench's functions are security definer and owned by it,
--    as batalkan_impor already did for the undo. ALTER TABLE … DISABLE TRIGGER takes a SHARE ROW
--    EXCLUSIVE lock until the transaction ends: other sessions still read the table, and their writes
--    wait for this commit (imports of the same periods waited already, for lock_import_periods).
-- The temporary tables are analysed once filled (autovacuum never sees them), so the planner knows how
-- many rows and villages they hold.

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
  execute format('drop table if exists pg_temp.%I', 'staged_' || tabel);
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
  analyze pg_temp.impor_baru;

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
  analyze pg_temp.impor_lama;
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

  -- Keep what goes, then remove it (by its key: never null, so `=` hashes) and write the file's rows.
  insert into private.impor_baris_diganti (batch_id, baris)
  select batch, to_jsonb(l) from pg_temp.impor_lama as l;
  execute format('delete from public.%I as t using pg_temp.impor_lama as s where %s',
    tabel, (select string_agg(format('s.%1$I = t.%1$I', c), ' and ')
      from unnest(case when pribadi then array['id'] else array['kode_desa', 'tahun'] end) as c));
  kolom := (select string_agg(pg_catalog.quote_ident(c), ', ')
    from unnest(string_to_array(private.impor_kolom_tulis(tabel, false), ', ')) as c
    where c <> 'batch_id');
  if pribadi then
    -- The data build's set-wise re-key (private.insert_staged_<table>): same function as the trigger's.
    execute format('create temp table %I on commit drop as select $1::bigint as batch_id, %s from pg_temp.impor_baru',
      'staged_' || tabel, kolom) using batch;
    execute format('select private.%I()', 'insert_staged_' || tabel);
  else
    execute format('insert into public.%1$I (batch_id, %2$s) select $1, %2$s from pg_temp.impor_baru',
      tabel, kolom) using batch;
  end if;

  -- The effect per village, read back from the table as it now is: each side grouped once per village
  -- and once per (village, identity); `diganti` counts the pairs of equal identities in a village.
  execute format($q$
    with baru as materialized (select kode_desa, %2$s as ident, %3$s as d14 from public.%1$I where batch_id = $1),
    lama as materialized (select kode_desa, %2$s as ident, %3$s as d14 from pg_temp.impor_lama),
    sesudah as (select kode_desa, count(*) as n, count(*) filter (where d14) as d14 from baru group by kode_desa),
    sebelum as (select kode_desa, count(*) as n, count(*) filter (where d14) as d14 from lama group by kode_desa),
    diganti as (
      select b.kode_desa, sum(b.n * l.n)::bigint as n
      from (select kode_desa, ident, count(*) as n from baru group by kode_desa, ident) as b
      join (select kode_desa, ident, count(*) as n from lama group by kode_desa, ident) as l using (kode_desa, ident)
      group by b.kode_desa),
    desa as (select kode_desa from sesudah union select kode_desa from sebelum)
    select coalesce(jsonb_agg(jsonb_build_object(
      'kode_desa', d.kode_desa,
      'sebelum', coalesce(l.n, 0),
      'sesudah', coalesce(b.n, 0),
      'diganti', coalesce(g.n, 0),
      'desil14_sebelum', coalesce(l.d14, 0),
      'desil14_sesudah', coalesce(b.d14, 0),
      'ditambah', coalesce(b.n, 0) - coalesce(g.n, 0),
      'dihapus', coalesce(l.n, 0) - coalesce(g.n, 0)
    ) order by d.kode_desa), '[]'::jsonb)
    from desa as d
    left join sesudah as b using (kode_desa)
    left join sebelum as l using (kode_desa)
    left join diganti as g using (kode_desa)
  $q$, tabel, identitas, case when tabel = 'keluarga' then 'desil <= 4' else 'false' end)
  into hasil using batch;

  update public.import_batches set
    jumlah_diganti = (select coalesce(sum((v ->> 'diganti')::integer), 0) from jsonb_array_elements(hasil) as v),
    jumlah_dihapus = (select coalesce(sum((v ->> 'dihapus')::integer), 0) from jsonb_array_elements(hasil) as v)
  where id = batch;
  return jsonb_build_object('batch_id', batch, 'rows', jumlah, 'planned_rows', rencana_baris,
    'planned_villages', rencana_desa, 'whole_periods', p_ganti_periode, 'villages', hasil);
end
$$;

revoke all on function private.impor_terapkan(uuid, boolean, integer, jsonb, boolean)
  from public, anon, authenticated, service_role;
