#!/usr/bin/env bash
# One database and one role per service, so no service can read another's
# storage. The postgres image runs this once, on an empty data directory.
# The dev default passwords match docker-compose.yml; set the variables to change them.
set -euo pipefail

create_service_database() {
  local name=$1 password=$2
  # psql variables (:"ident", :'literal') quote the names and the password.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_service_database inkstream_ingest "${INKSTREAM_INGEST_DB_PASSWORD:-ingest-dev}"
create_service_database inkstream_enrichment "${INKSTREAM_ENRICHMENT_DB_PASSWORD:-enrichment-dev}"
create_service_database inkstream_recommendation "${INKSTREAM_RECOMMENDATION_DB_PASSWORD:-recommendation-dev}"
create_service_database inkstream_publishing "${INKSTREAM_PUBLISHING_DB_PASSWORD:-publishing-dev}"
