-- The program dictionary as the public sees it: English name, who is eligible, and the benefit, so the
-- program screen and the published snapshot read them from the database. Benefit amounts are the national
-- program rules the demo generator uses (scripts/demo/calibration-targets.ts PROGRAM_BENEFITS: PKH per
-- component, BPNT 12 × Rp200.000, BLT-DD 12 × Rp300.000, PBI-JKN 12 × Rp42.000, PIP per school level).
-- Also: the planner action that edits a combination rule, as one checked call.

alter table public.program_bantuan add column if not exists nama_en text not null default '';
alter table public.program_bantuan add column if not exists syarat text not null default '';
alter table public.program_bantuan add column if not exists syarat_en text not null default '';
alter table public.program_bantuan add column if not exists manfaat text not null default '';
alter table public.program_bantuan add column if not exists manfaat_en text not null default '';
-- Rupiah per unit (satuan) per year: the smallest and largest benefit one unit can receive.
alter table public.program_bantuan add column if not exists manfaat_min_rp bigint;
alter table public.program_bantuan add column if not exists manfaat_maks_rp bigint;

update public.program_bantuan as p set
  nama_en = v.nama_en, syarat = v.syarat, syarat_en = v.syarat_en, manfaat = v.manfaat,
  manfaat_en = v.manfaat_en, manfaat_min_rp = v.minimum, manfaat_maks_rp = v.maksimum
from (values
  ('PKH', 'Family Hope Program (conditional cash transfer)',
   'Keluarga miskin (DTSEN desil 1–4) dengan komponen: ibu hamil, anak usia dini, anak SD/SMP/SMA, disabilitas berat atau lansia 60+',
   'Poor families (DTSEN deciles 1–4) with a component: pregnancy, young children, pupils, severe disability or an elder aged 60+',
   'Rp900.000–Rp3.000.000 per komponen per tahun, paling banyak empat komponen',
   'Rp900,000–Rp3,000,000 per component per year, at most four components',
   900000, 10800000),
  ('BPNT', 'Non-cash food assistance (Sembako)',
   'Keluarga miskin dan rentan (DTSEN desil 1–4)',
   'Poor and vulnerable families (DTSEN deciles 1–4)',
   'Rp200.000 per bulan (Rp2.400.000 per tahun)', 'Rp200,000 a month (Rp2,400,000 a year)',
   2400000, 2400000),
  ('BLT_DD', 'Village Fund direct cash transfer',
   'Keluarga miskin di desa yang tidak menerima PKH atau BPNT, ditetapkan musyawarah desa',
   'Poor village families receiving neither PKH nor BPNT, chosen by the village meeting',
   'Rp300.000 per bulan (Rp3.600.000 per tahun), desa saja (bukan kelurahan)',
   'Rp300,000 a month (Rp3,600,000 a year), villages only (not urban wards)',
   3600000, 3600000),
  ('PBI_JKN', 'National health insurance contribution assistance',
   'Warga miskin dan tidak mampu (DTSEN desil 1–5), per orang',
   'Poor and near-poor people (DTSEN deciles 1–5), per person',
   'Iuran Rp42.000 per orang per bulan dibayar pemerintah', 'Rp42,000 premium per person per month paid by the state',
   504000, 504000),
  ('PIP', 'Smart Indonesia Program (school cash assistance)',
   'Siswa SD, SMP dan SMA dari keluarga miskin atau rentan',
   'Primary and secondary pupils from poor or vulnerable families',
   'Rp450.000 (SD), Rp750.000 (SMP), Rp1.800.000 (SMA) per siswa per tahun',
   'Rp450,000 (primary), Rp750,000 (lower secondary), Rp1,800,000 (upper secondary) per pupil per year',
   450000, 1800000)
) as v (kode, nama_en, syarat, syarat_en, manfaat, manfaat_en, minimum, maksimum)
where p.kode = v.kode;

-- Editing one combination rule: the pair in either order, a clear message for a bad program or a caller
-- who is not a planner, then an upsert under the caller's RLS (the row trigger stamps who and when).
create or replace function public.ubah_aturan_kombinasi(
  p_program_1 text, p_program_2 text, p_diizinkan boolean, p_alasan text default ''
) returns public.kombinasi_program
language plpgsql
security invoker
set search_path = ''
as $$
declare
  hasil public.kombinasi_program;
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
  insert into public.kombinasi_program (program_a, program_b, diizinkan, alasan)
  values (least(p_program_1, p_program_2), greatest(p_program_1, p_program_2), p_diizinkan, coalesce(p_alasan, ''))
  on conflict (program_a, program_b) do update set diizinkan = excluded.diizinkan, alasan = excluded.alasan
  returning * into hasil;
  return hasil;
end
$$;

comment on function public.ubah_aturan_kombinasi(text, text, boolean, text) is
  'Sets whether one household may receive two programs together (planners only).';

revoke execute on function public.ubah_aturan_kombinasi(text, text, boolean, text) from public, anon;
grant execute on function public.ubah_aturan_kombinasi(text, text, boolean, text) to authenticated, service_role;
