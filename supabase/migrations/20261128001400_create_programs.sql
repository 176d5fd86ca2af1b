-- The social-assistance programs and which of them one household may receive together. The rules are
-- editable by planners (the coordination team decides them); everyone may read them.

create table if not exists public.program_bantuan (
  kode text primary key constraint program_bantuan_kode_known
    check (kode in ('PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP')),
  nama text not null,
  -- Who the program lists: a family (keluarga), a person (orang) or a student (siswa).
  satuan text not null constraint program_bantuan_satuan_known check (satuan in ('keluarga', 'orang', 'siswa')),
  sumber_dana text not null,
  urutan smallint not null
);

insert into public.program_bantuan (kode, nama, satuan, sumber_dana, urutan) values
  ('PKH', 'Program Keluarga Harapan', 'keluarga', 'APBN (Kementerian Sosial)', 1),
  ('BPNT', 'Bantuan Pangan Non Tunai / Program Sembako', 'keluarga', 'APBN (Kementerian Sosial)', 2),
  ('BLT_DD', 'Bantuan Langsung Tunai Dana Desa', 'keluarga', 'Dana Desa (APBDes)', 3),
  ('PBI_JKN', 'Penerima Bantuan Iuran Jaminan Kesehatan Nasional', 'orang', 'APBN (Kementerian Sosial)', 4),
  ('PIP', 'Program Indonesia Pintar', 'siswa', 'APBN (Kemendikdasmen)', 5)
on conflict (kode) do nothing;

-- One row per unordered pair (program_a < program_b). A pair without a row is allowed.
create table if not exists public.kombinasi_program (
  program_a text not null references public.program_bantuan (kode),
  program_b text not null references public.program_bantuan (kode),
  diizinkan boolean not null,
  alasan text not null default '',
  diubah_oleh uuid default auth.uid(),
  diubah_pada timestamptz not null default now(),
  primary key (program_a, program_b),
  constraint kombinasi_program_ordered check (program_a < program_b)
);

comment on table public.program_bantuan is 'The social-assistance programs (public dictionary).';
comment on table public.kombinasi_program is
  'Program pairs one household may or may not receive together; a missing pair is allowed. Planners edit.';

-- BLT-DD goes to poor families who get neither PKH nor BPNT (Permendesa PDTT 7/2023, BLT-DD targeting);
-- PKH and BPNT together are the normal case.
insert into public.kombinasi_program (program_a, program_b, diizinkan, alasan) values
  ('BLT_DD', 'PKH', false, 'BLT-DD untuk keluarga miskin yang belum menerima PKH'),
  ('BLT_DD', 'BPNT', false, 'BLT-DD untuk keluarga miskin yang belum menerima BPNT/Sembako'),
  ('BPNT', 'PKH', true, 'PKH dan BPNT/Sembako saling melengkapi')
on conflict (program_a, program_b) do nothing;

create or replace function private.touch_kombinasi_program() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.diubah_pada := now();
  new.diubah_oleh := auth.uid();
  return new;
end
$$;

create or replace trigger kombinasi_program_set_updated
  before update on public.kombinasi_program
  for each row execute function private.touch_kombinasi_program();

alter table public.program_bantuan enable row level security;
alter table public.kombinasi_program enable row level security;

drop policy if exists "Programs are readable by everyone" on public.program_bantuan;
create policy "Programs are readable by everyone" on public.program_bantuan
  for select to anon, authenticated using (true);
drop policy if exists "The service role edits programs" on public.program_bantuan;
create policy "The service role edits programs" on public.program_bantuan
  for all to service_role using (true) with check (true);

drop policy if exists "Combination rules are readable by everyone" on public.kombinasi_program;
create policy "Combination rules are readable by everyone" on public.kombinasi_program
  for select to anon, authenticated using (true);
drop policy if exists "Planners edit combination rules" on public.kombinasi_program;
create policy "Planners edit combination rules" on public.kombinasi_program
  for all to authenticated using ((select public.is_planner())) with check ((select public.is_planner()));
drop policy if exists "The service role edits combination rules" on public.kombinasi_program;
create policy "The service role edits combination rules" on public.kombinasi_program
  for all to service_role using (true) with check (true);

revoke all on table public.program_bantuan, public.kombinasi_program from anon, authenticated;
grant select on table public.program_bantuan, public.kombinasi_program to anon;
grant select on table public.program_bantuan to authenticated;
grant select, insert, update, delete on table public.kombinasi_program to authenticated;
grant all on table public.program_bantuan, public.kombinasi_program to service_role;
revoke execute on function private.touch_kombinasi_program() from public;
