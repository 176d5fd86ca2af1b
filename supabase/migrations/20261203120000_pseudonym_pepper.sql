-- Pseudonyms that hold up. NIK and KK numbers are hashed by the importer (browser or CLI) with the
-- organisation's key: HMAC-SHA256(key, number). A NIK has little entropy (region + birth date + serial),
-- so anyone holding that key alone could reverse every pseudonym by trying the whole NIK space. So the
-- database re-keys every incoming pseudonym with a secret only it holds (the pepper):
--   stored = HMAC-SHA256(pepper, the incoming hash's 32 bytes), 64 lower-case hex (the tables' check)
-- Reversing a stored value then needs both the import key and the pepper.
--
-- Incoming form (src/import/pseudonymise.ts): 'p1.' || 16 hex (key fingerprint) || '.' || 64 hex (hash).
-- The versioned prefix and exact length cannot be met by a raw or zero-padded NIK; a hash part that looks
-- like a padded number is refused too (private.is_padded_number). The fingerprint (HMAC(key, a fixed label), first 16 hex)
-- is recorded on the first import; rows hashed with any other key are refused, so a wrong PSEUDONYM_KEY
-- can never silently split one household into two identities.
--
-- Where the pepper lives: Supabase Vault (encrypted at rest, out of pg_dump's plain output) when the
-- `vault` schema exists, else private.pseudonym_secret, a table no API role can read. Each database makes
-- its own at creation (this migration), from gen_random_uuid() (pg_strong_random, 2 × 122 random bits).
-- The HMAC is written with the built-in sha256() (PostgreSQL 11+), not pgcrypto: PGlite ships pgcrypto as
-- a separate 1.2 MB bundle that the browser worker, the build and every test would have to load, while
-- sha256() is in every engine we run (PostgreSQL 15, PGlite 18, Supabase). The pepper is kept as its two
-- HMAC pads (key xor ipad, key xor opad), so a row costs two sha256() calls and no byte loop.

create table if not exists private.pseudonym_secret (
  singleton boolean primary key default true constraint pseudonym_secret_singleton check (singleton),
  -- (pepper xor 0x36…) || (pepper xor 0x5c…), 128 bytes; null when the pepper is in Vault.
  pads bytea constraint pseudonym_secret_pads_length check (pads is null or length(pads) = 128),
  in_vault boolean not null,
  created_at timestamptz not null default now(),
  constraint pseudonym_secret_somewhere check (in_vault = (pads is null))
);

create table if not exists private.pseudonym_key (
  singleton boolean primary key default true constraint pseudonym_key_singleton check (singleton),
  fingerprint text not null constraint pseudonym_key_fingerprint_form check (fingerprint ~ '^[0-9a-f]{16}$'),
  first_used_at timestamptz not null default now()
);

comment on table private.pseudonym_secret is
  'The pepper that re-keys every incoming pseudonym (or a marker that it is in Supabase Vault). No API role reads it.';
comment on table private.pseudonym_key is
  'Fingerprint of the import key, recorded by the first import; imports with another key are refused.';

-- RLS on and no policy: only the owner (migrations, security-definer functions below) reaches the rows.
alter table private.pseudonym_secret enable row level security;
alter table private.pseudonym_key enable row level security;
revoke all on table private.pseudonym_secret, private.pseudonym_key from public, anon, authenticated, service_role;

/** Name of the Vault secret holding the pads (hex). */
create or replace function private.pseudonym_vault_name() returns text
language sql immutable set search_path = '' as $$ select 'ppd_pseudonym_pepper'::text $$;

-- Creates this database's pepper once; later calls do nothing. Safe under concurrency (singleton key).
create or replace function private.ensure_pseudonym_secret() returns void
language plpgsql security definer set search_path = '' as $$
declare
  pepper bytea;
  pads bytea;
  -- Vault's create_secret takes 3 or 4 arguments (new_key_id came later); both accept the first three.
  vault boolean := to_regclass('vault.decrypted_secrets') is not null and exists (
    select 1 from pg_catalog.pg_proc as p join pg_catalog.pg_namespace as n on n.oid = p.pronamespace
    where n.nspname = 'vault' and p.proname = 'create_secret');
begin
  if exists (select 1 from private.pseudonym_secret) then return; end if;
  pepper := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
  -- RFC 2104: the 32-byte key is zero-padded to the 64-byte block, then xor-ed with 0x36 and 0x5c.
  pads := decode(repeat('36', 64) || repeat('5c', 64), 'hex');
  for i in 0 .. 31 loop
    pads := set_byte(pads, i, get_byte(pepper, i) # 54);
    pads := set_byte(pads, 64 + i, get_byte(pepper, i) # 92);
  end loop;
  insert into private.pseudonym_secret (pads, in_vault)
  values (case when vault then null else pads end, vault)
  on conflict (singleton) do nothing;
  if vault and found then
    execute 'select vault.create_secret($1, $2, $3)'
      using encode(pads, 'hex'), private.pseudonym_vault_name(),
        'Peta Prioritas Desa: HMAC pads of the pseudonym pepper (never share).';
  end if;
end
$$;

-- The pads of this database's pepper, creating it when a restored copy arrived without one (the public
-- planner demo dump ships none, so each browser makes its own).
create or replace function private.pseudonym_pads() returns bytea
language plpgsql security definer set search_path = '' as $$
declare
  stored record;
  from_vault text;
begin
  select s.pads, s.in_vault into stored from private.pseudonym_secret as s;
  if not found then
    perform private.ensure_pseudonym_secret();
    select s.pads, s.in_vault into stored from private.pseudonym_secret as s;
  end if;
  if not stored.in_vault then return stored.pads; end if;
  execute 'select decrypted_secret from vault.decrypted_secrets where name = $1'
    into from_vault using private.pseudonym_vault_name();
  if from_vault is null then
    raise exception 'Rahasia pseudonim tidak ada di Vault. / The pseudonym secret is missing from Vault.';
  end if;
  return decode(from_vault, 'hex');
end
$$;

-- Records `fingerprint` as the import key's on the first call; says whether a later one matches.
create or replace function private.claim_pseudonym_key(fingerprint text) returns text
language plpgsql security definer set search_path = '' as $$
declare
  stored text;
begin
  if fingerprint is null or fingerprint !~ '^[0-9a-f]{16}$' then return 'invalid'; end if;
  insert into private.pseudonym_key (fingerprint) values (claim_pseudonym_key.fingerprint)
  on conflict (singleton) do nothing;
  if found then return 'new'; end if;
  select k.fingerprint into stored from private.pseudonym_key as k;
  return case when stored = fingerprint then 'match' else 'mismatch' end;
end
$$;

-- The import's check before it writes anything: 'new' (first import, fingerprint recorded), 'match',
-- 'mismatch' or 'invalid'. Inside the import's transaction, so a failed first import records nothing.
-- Callable by planners and admins (a browser import) and by direct database connections without a JWT
-- (the CLI and the data build, as the owner); anon has no EXECUTE.
create or replace function public.claim_pseudonym_key(fingerprint text) returns text
language plpgsql security definer set search_path = '' as $$
begin
  if coalesce(auth.jwt() ->> 'role', '') not in ('', 'service_role') and not public.is_planner() then
    raise exception using errcode = '42501',
      message = 'Hanya perencana dan admin yang boleh mengimpor. / Only planners and admins may import.';
  end if;
  return private.claim_pseudonym_key(fingerprint);
end
$$;

-- Why an incoming value is refused: raises (SQLSTATE 23514 with the column's constraint name, as a check
-- constraint would report it). Called only for values the check in private.rekey_pseudonym refused.
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
  if private.is_padded_number(substr(incoming, 21)) then
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

-- 'p1.' || 16 hex || '.' || 64 hex. Written without a regex: PostgreSQL's engine expands {64} and costs
-- ~130 µs a value on PGlite; length + ltrim is a few µs (measured, docs/data-formats.md).
create or replace function private.is_pseudonym_form(incoming text) returns boolean
language sql immutable as $$
  select length(incoming) = 84 and left(incoming, 3) = 'p1.' and substr(incoming, 20, 1) = '.'
    and ltrim(substr(incoming, 4, 16) || substr(incoming, 21), '0123456789abcdef') = ''
$$;

-- A padded number, not a hash: only decimal digits (a zero-padded NIK), or a run of 24 or more equal
-- characters at either end (a number padded with any character on either side). A random hash does the
-- first with probability (10/16)^64 ≈ 1e-13 and the second 2·16^-23 ≈ 1e-27.
create or replace function private.is_padded_number(hash text) returns boolean
language sql immutable as $$
  select ltrim(hash, '0123456789') = ''
    or length(ltrim(hash, left(hash, 1))) <= 40 or length(rtrim(hash, right(hash, 1))) <= 40
$$;

-- One incoming pseudonym → HMAC-SHA256(pepper, the hash's 32 bytes) in hex, or an exception. `pads` is
-- (pepper xor ipad) || (pepper xor opad). Plain SQL without a SET clause (which would stop inlining), so
-- PostgreSQL inlines it and the two helpers into the trigger's expression; every name in it is pg_catalog's
-- (always searched first) or schema-qualified.
create or replace function private.rekey_pseudonym(
  incoming text, pads bytea, key_fingerprint text, constraint_name text
) returns text
language sql immutable as $$
  select case
    when incoming is null then null
    when private.is_pseudonym_form(incoming) and substr(incoming, 4, 16) = key_fingerprint
      and not private.is_padded_number(substr(incoming, 21))
      then encode(sha256(substr(pads, 65, 64) || sha256(substr(pads, 1, 64) || decode(substr(incoming, 21), 'hex'))), 'hex')
    else private.refuse_pseudonym(incoming, key_fingerprint, constraint_name)
  end
$$;

-- The fingerprint every row must carry: the recorded one, or (first rows ever) the row's own, recorded now.
create or replace function private.pseudonym_fingerprint_for(incoming text) returns text
language plpgsql security definer set search_path = '' as $$
declare
  stored text;
begin
  select k.fingerprint into stored from private.pseudonym_key as k;
  if found then return stored; end if;
  if private.is_pseudonym_form(incoming) then
    perform private.claim_pseudonym_key(substr(incoming, 4, 16));
    select k.fingerprint into stored from private.pseudonym_key as k;
  end if;
  return coalesce(stored, '');
end
$$;

-- The triggers read the pads and the fingerprint straight from the private tables (one join per row;
-- a function call each costs ~45 µs on PGlite) and fall back to the functions only when a table has no
-- row yet or the pepper is in Vault.
create or replace function private.rekey_keluarga() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  pads bytea;
  fingerprint text;
begin
  select s.pads, k.fingerprint into pads, fingerprint
  from private.pseudonym_secret as s, private.pseudonym_key as k;
  if pads is null then pads := private.pseudonym_pads(); end if;
  if fingerprint is null then fingerprint := private.pseudonym_fingerprint_for(new.id_keluarga); end if;
  if tg_op = 'INSERT' or new.id_keluarga is distinct from old.id_keluarga then
    new.id_keluarga := private.rekey_pseudonym(new.id_keluarga, pads, fingerprint, 'keluarga_id_pseudonymised');
  end if;
  if tg_op = 'INSERT' or new.nik_kepala is distinct from old.nik_kepala then
    new.nik_kepala := private.rekey_pseudonym(new.nik_kepala, pads, fingerprint, 'keluarga_nik_pseudonymised');
  end if;
  return new;
end
$$;

create or replace function private.rekey_penerima_bantuan() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  pads bytea;
  fingerprint text;
begin
  select s.pads, k.fingerprint into pads, fingerprint
  from private.pseudonym_secret as s, private.pseudonym_key as k;
  if pads is null then pads := private.pseudonym_pads(); end if;
  if fingerprint is null then
    fingerprint := private.pseudonym_fingerprint_for(coalesce(new.id_keluarga, new.nik));
  end if;
  if tg_op = 'INSERT' or new.id_keluarga is distinct from old.id_keluarga then
    new.id_keluarga := private.rekey_pseudonym(new.id_keluarga, pads, fingerprint, 'penerima_id_pseudonymised');
  end if;
  if tg_op = 'INSERT' or new.nik is distinct from old.nik then
    new.nik := private.rekey_pseudonym(new.nik, pads, fingerprint, 'penerima_nik_pseudonymised');
  end if;
  return new;
end
$$;

drop trigger if exists keluarga_rekey_pseudonyms on public.keluarga;
create trigger keluarga_rekey_pseudonyms
  before insert or update of id_keluarga, nik_kepala on public.keluarga
  for each row execute function private.rekey_keluarga();
drop trigger if exists penerima_bantuan_rekey_pseudonyms on public.penerima_bantuan;
create trigger penerima_bantuan_rekey_pseudonyms
  before insert or update of id_keluarga, nik on public.penerima_bantuan
  for each row execute function private.rekey_penerima_bantuan();

revoke all on function private.ensure_pseudonym_secret(), private.pseudonym_pads(),
  private.claim_pseudonym_key(text), private.pseudonym_fingerprint_for(text),
  private.rekey_pseudonym(text, bytea, text, text), private.pseudonym_vault_name(),
  private.refuse_pseudonym(text, text, text), private.is_pseudonym_form(text), private.is_padded_number(text)
  from public, anon, authenticated, service_role;
revoke all on function public.claim_pseudonym_key(text) from public, anon;
grant execute on function public.claim_pseudonym_key(text) to authenticated, service_role;

select private.ensure_pseudonym_secret();
