#!/bin/sh
# One login role and one database per service, the role owning its database and nothing else
# (DESIGN 1: no service reads another's tables). The postgres image runs this once, on an empty
# data volume; it is idempotent, so it can be run again by hand (it then resets the passwords):
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/10-create-databases.sh
# Tables come from each service's Alembic migrations (the *-migrate services in compose), run as
# that service's role. Passwords: MIC_<SERVICE>_DB_PASSWORD (docker-compose.yml).
set -eu

for service in registry funding talent scenarios notifications; do
    variable="MIC_$(echo "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
    eval "password=\${$variable:?$variable is not set}"
    # Quoted heredoc: psql, not the shell, fills in :'service' and :'password' (quoted safely).
    psql --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        --set service="$service" --set password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'service')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'service') \gexec
ALTER ROLE :"service" PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'service', :'service')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'service') \gexec
REVOKE ALL ON DATABASE :"service" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"service" TO :"service";
SQL
done
