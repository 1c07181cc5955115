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
