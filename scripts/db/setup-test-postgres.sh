#!/usr/bin/env bash
# Creates the role and database the PostgreSQL tests connect to (npm run test:pg). Idempotent: safe to
# run on every CI job. Call it after the cluster is up (`pg_ctlcluster 15 main start`), as root or as the
# `postgres` OS user, then run the tests with the DATABASE_URL it prints.
#
# The role is a superuser because the tests create and drop a throwaway database per run and
# `create extension postgis` needs superuser on plain PostgreSQL. Never point this at a real server.
#
# Environment (all optional): PPD_DB_USER (ppd), PPD_DB_PASSWORD (ppd), PPD_DB_NAME (ppd_test),
# PGPORT (5432), PPD_WAIT_SECONDS (30).
set -euo pipefail

db_user="${PPD_DB_USER:-ppd}"
db_password="${PPD_DB_PASSWORD:-ppd}"
db_name="${PPD_DB_NAME:-ppd_test}"
port="${PGPORT:-5432}"
wait_seconds="${PPD_WAIT_SECONDS:-30}"

# Runs a command as the postgres OS user, whose peer authentication needs no password.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    "$@"
  elif [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    sudo -u postgres -- "$@"
  fi
}

# The cluster may still be starting when CI calls us.
for _ in $(seq "$wait_seconds"); do
  if pg_isready -q -h localhost -p "$port"; then break; fi
  sleep 1
done
pg_isready -h localhost -p "$port" >/dev/null || {
  echo "PostgreSQL is not accepting connections on localhost:$port (pg_ctlcluster 15 main start?)" >&2
  exit 1
}

# psql variables (:'name') quote the values; \gexec runs each generated statement.
as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres \
  -v db_user="$db_user" -v db_password="$db_password" -v db_name="$db_name" <<'SQL'
select format('create role %I', :'db_user')
where not exists (select 1 from pg_roles where rolname = :'db_user') \gexec
select format('alter role %I with login superuser password %L', :'db_user', :'db_password') \gexec
select format('create database %I owner %I', :'db_name', :'db_user')
where not exists (select 1 from pg_database where datname = :'db_name') \gexec
SQL

echo "DATABASE_URL=postgres://${db_user}:${db_password}@localhost:${port}/${db_name}"
