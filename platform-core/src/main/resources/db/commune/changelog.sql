--liquibase formatted sql
-- Runs inside one commune's schema (the connection's search_path is that schema):
-- table names stay unqualified and no key points outside the schema, so a commune can move shard alone.

--changeset mocharaka:commune-1
CREATE TABLE news_item (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         jsonb        NOT NULL,
    body          jsonb        NOT NULL,
    published_on  date         NOT NULL,
    created_by    varchar(120) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX news_item_published_idx ON news_item (published_on DESC);

--changeset mocharaka:commune-2
CREATE TABLE static_page (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        varchar(60) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,60}$'),
    title       jsonb       NOT NULL,
    body        jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

--changeset mocharaka:petitions-1
-- Petitions under organic law 113-14, art. 121-125. The signature threshold is copied onto a petition when it
-- opens for signatures, so a later change of the commune's setting never moves the goalposts of a running petition.
CREATE TABLE petition_setting (
    id                  smallint    PRIMARY KEY CHECK (id = 1),
    signature_threshold integer     CHECK (signature_threshold BETWEEN 1 AND 100000),
    updated_by          varchar(120) NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE petition (
    id                         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                       varchar(20)  NOT NULL CHECK (kind IN ('CITIZENS', 'ASSOCIATION')),
    title                      jsonb        NOT NULL,
    body                       jsonb        NOT NULL,
    representative_name        varchar(160) NOT NULL,
    deputy_name                varchar(160) NOT NULL,
    association_name           varchar(200),
    association_founded_on     date,
    association_in_good_standing boolean,
    association_seat_in_commune  boolean,
    association_activity_related boolean,
    status                     varchar(20)  NOT NULL,
    signature_threshold        integer,
    receipt_number             varchar(40)  UNIQUE,
    submitted_on               date,
    admissibility_on           date,
    session_month              date,
    committee                  varchar(200),
    decision_on                date,
    decision_reason            text,
    created_by                 varchar(120) NOT NULL,
    created_at                 timestamptz  NOT NULL DEFAULT now(),
    version                    bigint       NOT NULL DEFAULT 0,
    CHECK (kind = 'CITIZENS' OR association_name IS NOT NULL)
);
CREATE INDEX petition_status_idx ON petition (status);
CREATE TABLE petition_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id  bigint       NOT NULL REFERENCES petition (id),
    status       varchar(20)  NOT NULL,
    happened_on  date         NOT NULL,
    note         text,
    actor        varchar(120) NOT NULL,
    recorded_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX petition_event_petition_idx ON petition_event (petition_id, id);
-- A resident whose identity staff checked at the office. The CIN itself is never kept (law 09-08, circular
-- 8/2019): only a keyed hash, which deduplicates, and the last three characters, which staff read back.
CREATE TABLE verified_resident (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cin_hash     char(64)     NOT NULL UNIQUE,
    cin_last3    char(3)      NOT NULL,
    full_name    varchar(160) NOT NULL,
    username     varchar(120) UNIQUE,
    verified_by  varchar(120) NOT NULL,
    verified_at  timestamptz  NOT NULL DEFAULT now()
);
-- One person, one signature per petition, whether signed online or on a paper sheet: the database decides.
CREATE TABLE petition_signature (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id  bigint       NOT NULL REFERENCES petition (id),
    cin_hash     char(64)     NOT NULL,
    cin_last3    char(3)      NOT NULL,
    channel      varchar(10)  NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    username     varchar(120),
    entered_by   varchar(120) NOT NULL,
    signed_at    timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (petition_id, cin_hash)
);
