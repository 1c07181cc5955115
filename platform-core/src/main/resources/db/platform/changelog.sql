--liquibase formatted sql

--changeset mocharaka:platform-1
CREATE SCHEMA IF NOT EXISTS platform;

CREATE TABLE platform.commune (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                varchar(50)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9-]{0,48}[a-z0-9]$'),
    schema_name         varchar(63)  NOT NULL UNIQUE CHECK (schema_name ~ '^commune_[a-z0-9_]{1,54}$'),
    name_ar             varchar(200) NOT NULL,
    name_fr             varchar(200) NOT NULL,
    name_zgh            varchar(200),
    name_en             varchar(200),
    region              varchar(120) NOT NULL,
    province            varchar(120) NOT NULL,
    population          integer CHECK (population >= 0),
    kind                varchar(10)  NOT NULL DEFAULT 'URBAN' CHECK (kind IN ('URBAN', 'RURAL')),
    has_arrondissements boolean      NOT NULL DEFAULT false,
    status              varchar(20)  NOT NULL DEFAULT 'REGISTERED'
                        CHECK (status IN ('REGISTERED', 'PROVISIONING', 'ACTIVE', 'FAILED')),
    provisioning_step   varchar(30),
    status_detail       text,
    schema_version      integer      NOT NULL DEFAULT 0,
    organization_id     varchar(64),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX commune_status_version_idx ON platform.commune (status, schema_version);

CREATE TABLE platform.provisioning_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commune_id  bigint      NOT NULL REFERENCES platform.commune (id) ON DELETE CASCADE,
    step        varchar(30) NOT NULL,
    outcome     varchar(10) NOT NULL CHECK (outcome IN ('STARTED', 'DONE', 'FAILED')),
    detail      text,
    at          timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX provisioning_event_commune_idx ON platform.provisioning_event (commune_id, id);

CREATE TABLE platform.audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz  NOT NULL DEFAULT now(),
    actor       varchar(120) NOT NULL,
    commune     varchar(50),
    action      varchar(80)  NOT NULL,
    target      varchar(200),
    before_state text,
    after_state  text
);
CREATE INDEX audit_event_commune_at_idx ON platform.audit_event (commune, at DESC);
--rollback DROP SCHEMA platform CASCADE;
