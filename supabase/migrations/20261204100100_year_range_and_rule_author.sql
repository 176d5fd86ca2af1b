-- Two holes of issue 13 the first round left open. Every statement can run twice.
--
-- 1. Years and periods: the tables only checked `between 2015 and 2100`, so a write that bypassed the import
--    (the API, a script) could store periode 2099. The configured range is now one row of
--    `private.rentang_tahun` (first year, years ahead of the server's current year; the import's
--    YEAR_RANGE in src/import/import-kinds.ts says the same: 2015 and 1), checked once per statement over
--    the rows it wrote (a transition table, so a bulk load pays one scan, not a call per row). The check
--    constraints stay as the outer bound.
-- 2. `kombinasi_program.diubah_oleh` (the id of the planner who last changed a rule) was readable by anon,
--    who needs the rules but not who wrote them: anon now reads every column but that one.

create table if not exists private.rentang_tahun (
  id boolean primary key default true constraint rentang_tahun_satu_baris check (id),
  tahun_pertama smallint not null constraint rentang_tahun_pertama check (tahun_pertama between 2015 and 2100),
  tahun_ke_depan smallint not null constraint rentang_tahun_ke_depan check (tahun_ke_depan between 0 and 10)
);
alter table private.rentang_tahun enable row level security;
revoke all on table private.rentang_tahun from public, anon, authenticated;
insert into private.rentang_tahun (id, tahun_pertama, tahun_ke_depan) values (true, 2015, 1)
on conflict (id) do nothing;

comment on table private.rentang_tahun is
  'The years and periods any table accepts: tahun_pertama … the current year + tahun_ke_depan.';

-- Raises 22023 naming the table, the column and the first year outside the range.
create or replace function private.periksa_rentang_tahun()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  kolom text := tg_argv[0];
  pertama smallint;
  terakhir integer;
  salah integer;
begin
  select r.tahun_pertama, extract(year from now())::integer + r.tahun_ke_depan
    into pertama, terakhir
  from private.rentang_tahun as r;
  execute format('select min(%1$I) from baru where %1$I < $1 or %1$I > $2', kolom)
    into salah using pertama, terakhir;
  if salah is not null then
    raise exception '%.% % is outside the accepted years % to %', tg_table_name, kolom, salah, pertama, terakhir
      using errcode = '22023',
        hint = 'years and periods run from the first year of private.rentang_tahun to next year';
  end if;
  return null;
end
$$;

revoke execute on function private.periksa_rentang_tahun() from public;

do $$
declare
  target record;
  peristiwa text;
begin
  for target in
    select * from (values
      ('keluarga', 'periode'), ('penerima_bantuan', 'tahun'), ('penduduk', 'tahun'), ('idm', 'tahun'),
      ('dana_desa', 'tahun'), ('dana_desa_ketentuan', 'tahun')
    ) as t (tabel, kolom)
  loop
    foreach peristiwa in array array['insert', 'update'] loop
      execute format('drop trigger if exists %I on public.%I', target.tabel || '_rentang_tahun_' || peristiwa, target.tabel);
      execute format(
        'create trigger %I after %s on public.%I referencing new table as baru '
        'for each statement execute function private.periksa_rentang_tahun(%L)',
        target.tabel || '_rentang_tahun_' || peristiwa, peristiwa, target.tabel, target.kolom
      );
    end loop;
  end loop;
end
$$;

revoke select on table public.kombinasi_program from anon;
grant select (program_a, program_b, diizinkan, alasan, diubah_pada) on table public.kombinasi_program to anon;
