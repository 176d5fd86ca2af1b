-- Name normalisation for duplicate checks: one canonical spelling per Indonesian name, so "H. Moch. Rachmat,
-- S.Pd" and "Muhamad Rahmat" compare equal. Edit distance comes from fuzzystrmatch (C, on Supabase, Debian
-- PostgreSQL 15 contrib and PGlite 0.5.8 contrib alike); pg_trgm is not needed.
--
-- The checks normalise each distinct name once (names repeat across programs and years: the demo's 1.68
-- million recipient rows carry about 6,000 distinct names), so nothing is stored and imports stay as fast.

create extension if not exists fuzzystrmatch with schema extensions;

-- Steps, in order:
--  1. lower case; everything after the first comma goes (academic titles: ", S.Pd", ", A.Md.Kep");
--  2. leading honorifics go: H., Hj., Haji, Hajjah, Dr., Drs., Dra., Ir., Prof., Ust., Ustadz;
--     a trailing degree without comma too ("Budi S.Pd");
--  3. every spelling of Muhammad (Muhamad, Mohammad, Mochammad, Moh., Muh., Mhd., M.) becomes "muhamad";
--  4. punctuation goes, old spelling (EYD 1972) becomes new: dj→j, tj→c, nj→ny, sj→sy, oe→u, then j→y;
--  5. sound-alike letters merge: ch/kh→h, sy→s, y→i, f/v→p, q→k, z→s, final d→t, final "ie"→i;
--  6. doubled letters become one (Sitti→Siti, Syahruddin→Syahrudin); spaces collapse.
-- Step 5 makes different names closer (Yusuf = Yusup, Hidayad = Hidayat); the birth-date block and the
-- edit-distance limit keep that from pairing unrelated people.
create or replace function private.normalisasi_nama(nama text) returns text
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
  s text;
begin
  if nama is null then
    return null;
  end if;
  -- 1. lower case, nothing after the first comma; spaces around, so every word has a space on each side
  s := ' ' || regexp_replace(lower(nama), ',.*$', '') || ' ';
  -- 2. honorifics before the name (repeated: "Hj. Dr. ") and a degree at the end ("S.Pd", "A.Md.Kep")
  s := regexp_replace(s, '^(\s*(h|hj|haji|hajjah|dr|drs|dra|ir|prof|ust|ustadz)\.?\s)+', ' ');
  s := regexp_replace(s, '\s[sam]\.[a-z]{1,4}(\.[a-z]{1,4})*\.?\s*$', ' ');
  -- 3. Muhammad, in every spelling, as a whole word
  s := regexp_replace(s,
    '\s(muhammad|muhamad|muhammat|mohammad|mohamad|mochammad|mochamad|muchammad|muchamad|mochd|mohd|moch|moh|much|muhd|muh|mhd|md|m)(\.|\s)',
    ' muhamad ', 'g');
  -- 4. letters only, then the old (pre-1972) spelling
  s := regexp_replace(s, '[^a-z]+', ' ', 'g');
  s := replace(replace(replace(replace(replace(s, 'dj', 'j'), 'tj', 'c'), 'nj', 'ny'), 'sj', 'sy'), 'oe', 'u');
  s := replace(s, 'j', 'y');
  -- 5. sound-alike letters
  s := regexp_replace(s, '[ck]h', 'h', 'g');
  s := replace(s, 'sy', 's');
  s := translate(s, 'yfvqz', 'ippks');
  s := regexp_replace(s, 'ie\s', 'i ', 'g');
  s := regexp_replace(s, 'd\s', 't ', 'g');
  -- 6. doubled letters, then spaces
  s := regexp_replace(s, '([a-z])\1+', '\1', 'g');
  s := btrim(regexp_replace(s, '\s+', ' ', 'g'));
  return nullif(s, '');
end
$$;

comment on function private.normalisasi_nama(text) is
  'Canonical spelling of an Indonesian person''s name for duplicate checks (titles, Muhammad, EYD, doubled letters).';

-- Pure, and reads nothing: any role may call it.
revoke execute on function private.normalisasi_nama(text) from public;
grant execute on function private.normalisasi_nama(text) to anon, authenticated, service_role;

-- Sorted letters of a name: equal for two names that differ by letters swapped or moved ("nurhalisah",
-- "nurhailsah"), the test that tells a swap (one typing slip) from two unrelated edits.
create or replace function private.huruf_urut(nama text) returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select string_agg(huruf, '' order by huruf) from regexp_split_to_table(nama, '') as huruf
$$;

revoke execute on function private.huruf_urut(text) from public;
grant execute on function private.huruf_urut(text) to anon, authenticated, service_role;
