-- Imports that cannot lose or double data. Three functions the importer calls inside its transaction
-- (scripts/import/import-scope.ts; a browser import would call the same):
--   public.lock_import_periods(kind, periods): serialises imports of one kind and period with
--     transaction-scoped advisory locks, so a second concurrent import waits for the first to commit and
--     then replaces its rows instead of adding a second copy;
--   public.import_removal(kind, scope, whole_periods): what an import would remove (rows, villages);
--   public.remove_rows_for_import(kind, scope, whole_periods, confirmed_rows): removes it.
-- `scope` is the file's distinct (period, village) pairs as JSON: keluarga [{periode, kode_desa}],
-- penerima_bantuan [{program, tahun, kode_desa}]. By default a file replaces only those pairs, so a file
-- holding one village never touches the other villages of its period. With whole_periods the file
-- replaces every stored row of its periods (keluarga: periode; penerima_bantuan: program + tahun), and
-- only when `confirmed_rows` equals the number of rows that go. All three are security invoker: they
-- write with the caller's own rights (the owner in the CLI and the data build).

create or replace function public.lock_import_periods(kind text, periods text[]) returns void
language plpgsql volatile security invoker set search_path = '' as $$
declare
  period text;
begin
  -- Under repeatable read the second import's snapshot would predate the first's rows even after the
  -- lock is granted, and both copies would stay: read committed takes a new snapshot per statement.
  if current_setting('transaction_isolation') <> 'read committed' then
    raise exception using errcode = '25001',
      message = 'Impor harus berjalan dengan isolasi read committed. / Imports must run at read committed isolation.';
  end if;
  -- Sorted, so two files sharing several periods take their locks in the same order (no deadlock).
  foreach period in array coalesce((select array_agg(distinct p order by p) from unnest(periods) as p), '{}') loop
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('ppd.import'),
      pg_catalog.hashtext(kind || ':' || period));
  end loop;
end
$$;

create or replace function public.import_removal(kind text, scope jsonb, whole_periods boolean)
returns table (rows_removed integer, villages integer)
language plpgsql stable security invoker set search_path = '' as $$
begin
  if kind = 'keluarga' then
    return query
      select count(*)::integer, count(distinct k.kode_desa)::integer
      from public.keluarga as k
      where exists (
        select 1 from jsonb_to_recordset(scope) as s (periode smallint, kode_desa text)
        where s.periode = k.periode and (whole_periods or s.kode_desa = k.kode_desa));
  elsif kind = 'penerima_bantuan' then
    return query
      select count(*)::integer, count(distinct p.kode_desa)::integer
      from public.penerima_bantuan as p
      where exists (
        select 1 from jsonb_to_recordset(scope) as s (program text, tahun smallint, kode_desa text)
        where s.program = p.program and s.tahun = p.tahun and (whole_periods or s.kode_desa = p.kode_desa));
  else
    raise exception using errcode = '22023',
      message = format('%s: hanya data pribadi yang diganti per desa. / only personal data is replaced per village.', kind);
  end if;
end
$$;

create or replace function public.remove_rows_for_import(
  kind text, scope jsonb, whole_periods boolean, confirmed_rows integer default null
) returns integer
language plpgsql volatile security invoker set search_path = '' as $$
declare
  planned integer;
  planned_villages integer;
  removed integer;
begin
  if whole_periods then
    select r.rows_removed, r.villages into planned, planned_villages
    from public.import_removal(kind, scope, true) as r;
    if confirmed_rows is distinct from planned then
      raise exception using errcode = 'PPD01',
        message = format('Penggantian seluruh periode akan menghapus %s baris dari %s desa, dikonfirmasi %s. / '
          || 'Replacing whole periods would remove %s rows of %s villages, confirmed %s.',
          planned, planned_villages, coalesce(confirmed_rows::text, '-'),
          planned, planned_villages, coalesce(confirmed_rows::text, '-')),
        detail = json_build_object('rows', planned, 'villages', planned_villages)::text;
    end if;
  end if;
  if kind = 'keluarga' then
    delete from public.keluarga as k
    where exists (
      select 1 from jsonb_to_recordset(scope) as s (periode smallint, kode_desa text)
      where s.periode = k.periode and (whole_periods or s.kode_desa = k.kode_desa));
  elsif kind = 'penerima_bantuan' then
    delete from public.penerima_bantuan as p
    where exists (
      select 1 from jsonb_to_recordset(scope) as s (program text, tahun smallint, kode_desa text)
      where s.program = p.program and s.tahun = p.tahun and (whole_periods or s.kode_desa = p.kode_desa));
  else
    raise exception using errcode = '22023',
      message = format('%s: hanya data pribadi yang diganti per desa. / only personal data is replaced per village.', kind);
  end if;
  get diagnostics removed = row_count;
  return removed;
end
$$;

revoke all on function public.lock_import_periods(text, text[]), public.import_removal(text, jsonb, boolean),
  public.remove_rows_for_import(text, jsonb, boolean, integer) from public, anon;
grant execute on function public.lock_import_periods(text, text[]), public.import_removal(text, jsonb, boolean),
  public.remove_rows_for_import(text, jsonb, boolean, integer) to authenticated, service_role;
