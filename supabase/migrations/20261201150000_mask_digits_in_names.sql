-- Masked names hide digits too. private.samarkan_nama kept the first letter of each word and every digit, so
-- a number typed into a name field (an NIK, a KK number, a pseudonym fragment such as the local-mode
-- copy's "Kepala KK 9e3f31c8") showed through the mask. A word holding any digit now becomes "***" whole;
-- other words still keep their first letter ("S*** R***"), which reviewers use to tell pairs apart.
create or replace function private.samarkan_nama(nama text) returns text
language sql
immutable
set search_path = ''
as $$
  select regexp_replace(
    regexp_replace(initcap(nama), '\m\w*[[:digit:]]\w*\M', '***', 'g'),
    '([[:alpha:]])[[:alpha:]]*', '\1***', 'g')
$$;

revoke execute on function private.samarkan_nama(text) from public;
