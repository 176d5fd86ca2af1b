-- The planner's list of villages with households in disallowed program combinations, for one year, in about
-- a second on the full demo (1.68 M listings) instead of six.
--
-- 1. private.bantuan_keluarga gathers each household's programs per (household, year) and joins them on both,
--    so a filter on the year reaches the listings (the planner derives p.tahun = k.periode = the year) and
--    only that year's rows are matched and aggregated. Same columns, same rows.
-- 2. public.kombinasi_terlarang_desa(p_tahun): the desa rows of kombinasi_wilayah that break a rule, for one
--    year. The view's grouping sets keep a year filter from reaching the rows (PostgreSQL applies it after
--    grouping every year), so the planner screen calls this instead. Same suppression (1–4 withheld), same
--    rows as `kombinasi_wilayah where level = 'desa' and tahun = p_tahun and terlarang` (tested on both
--    engines); readable by the same roles, since it holds only suppressed counts.

create or replace view private.bantuan_keluarga as
with penerimaan as (
  select k.id, k.periode as tahun, p.program
  from public.keluarga as k
  join public.penerima_bantuan as p on p.tahun = k.periode and p.id_keluarga = k.id_keluarga
  union
  select k.id, k.periode, p.program
  from public.keluarga as k
  join public.penerima_bantuan as p on p.tahun = k.periode and p.nik = k.nik_kepala
),
per_keluarga as (
  select id, tahun, array_agg(program order by program) as programs
  from penerimaan
  group by id, tahun
),
-- Heads whose NIK heads a household in more than one village in the same period.
kepala_lintas_desa as (
  select periode, nik_kepala
  from public.keluarga
  group by periode, nik_kepala
  having count(distinct kode_desa) > 1
)
select
  k.id,
  k.kode_desa,
  k.periode as tahun,
  k.desil,
  k.jumlah_anggota,
  k.miskin,
  k.miskin_ekstrem,
  k.mata_pencaharian,
  coalesce(r.programs, '{}'::text[]) as programs,
  exists (
    select 1
    from public.kombinasi_program as c
    where not c.diizinkan and c.program_a = any (r.programs) and c.program_b = any (r.programs)
  ) as kombinasi_terlarang,
  kl.nik_kepala is not null as kepala_lintas_desa
from public.keluarga as k
left join per_keluarga as r on r.id = k.id and r.tahun = k.periode
left join kepala_lintas_desa as kl on kl.periode = k.periode and kl.nik_kepala = k.nik_kepala;

create or replace function public.kombinasi_terlarang_desa(p_tahun integer)
returns table (kode text, kombinasi text, jumlah_kk bigint, status text)
language plpgsql
stable
-- Like kombinasi_wilayah (not security_invoker): it aggregates rows the caller may not read and returns
-- only the suppressed counts.
security definer
set search_path = ''
as $$
begin
  if p_tahun is null then
    raise exception 'kombinasi_terlarang_desa needs a year (p_tahun)' using errcode = 'invalid_parameter_value';
  end if;
  return query
    select b.kode_desa, array_to_string(b.programs, '+'),
      case when private.sel_kecil(count(*)) then null else count(*) end,
      case when private.sel_kecil(count(*)) then 'ditahan' else 'ada' end
    from private.bantuan_keluarga as b
    where b.tahun = p_tahun and b.kombinasi_terlarang and cardinality(b.programs) > 0
    group by 1, 2
    order by 1, 2;
end
$$;

comment on function public.kombinasi_terlarang_desa(integer) is
  'Households per village and disallowed combination of programs in one year; counts of 1–4 withheld.';

revoke execute on function public.kombinasi_terlarang_desa(integer) from public;
grant execute on function public.kombinasi_terlarang_desa(integer) to anon, authenticated, service_role;
