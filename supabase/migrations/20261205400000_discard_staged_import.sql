-- Discarding a staged import. The workbench stages the checked rows as the worker reads them (a file of
-- any size never sits whole in the page), so every read of a file starts a staging; a read the planner
-- replaces (the file read again after a reload, another mapping, a preview) would otherwise leave its
-- rows in private.impor_tahap_potongan until mulai_impor's day-old sweep. buang_impor removes one at
-- once. Only the request author who started it may (private.impor_tahap_milik), and only planners and
-- admins at all. Staged rows are not data: nothing the public or a figure reads changes.
create or replace function public.buang_impor(p_token uuid) returns table (jumlah integer)
language plpgsql volatile security definer set search_path = '' as $$
declare
  baris integer;
begin
  perform private.impor_periksa_perencana('buang_impor');
  perform private.impor_tahap_milik(p_token);
  select coalesce(sum(jsonb_array_length(p.baris)), 0)::integer into baris
  from private.impor_tahap_potongan as p where p.token = p_token;
  -- The chunks go with their staging (on delete cascade).
  delete from private.impor_tahap as t where t.token = p_token;
  return query select baris;
end
$$;

comment on function public.buang_impor(uuid) is
  'Discards the caller''s staged import (a read replaced by another); returns the staged rows removed.';

revoke all on function public.buang_impor(uuid) from public, anon;
grant execute on function public.buang_impor(uuid) to authenticated, service_role;
