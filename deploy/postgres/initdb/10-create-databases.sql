-- One database per service (DESIGN 1: no service reads another's tables).
-- Run once by the postgres image on an empty data volume, as POSTGRES_USER, who owns them.
-- Tables come from each service's Alembic migrations (the *-migrate services in compose).
CREATE DATABASE registry;
CREATE DATABASE funding;
CREATE DATABASE talent;
CREATE DATABASE scenarios;
