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

--changeset mocharaka:program-office-1
-- The national program office (tenant-admin): programs, the communes enrolled in them, each program's ordered
-- onboarding steps and every commune's progress on them, and the trainings and meetings with their participants.
CREATE TABLE platform.program (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                varchar(40)  NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,38}[a-z0-9]$'),
    name_ar             varchar(300) NOT NULL,
    name_fr             varchar(300) NOT NULL,
    name_zgh            varchar(300),
    name_en             varchar(300),
    funders             varchar(500),
    partners            varchar(1000),
    starts_on           date,
    ends_on             date,
    objectives_ar       text,
    objectives_fr       text,
    phases              text,
    target_communes     integer CHECK (target_communes >= 0),
    target_women_pct    numeric(5, 2) NOT NULL DEFAULT 33   CHECK (target_women_pct BETWEEN 0 AND 100),
    target_youth_pct    numeric(5, 2) NOT NULL DEFAULT 33   CHECK (target_youth_pct BETWEEN 0 AND 100),
    target_disability_pct numeric(5, 2) NOT NULL DEFAULT 6.5 CHECK (target_disability_pct BETWEEN 0 AND 100),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- Figures a program reports as a whole (ISED-BMK: 40 communes, 500 workshops, 10,000 satisfaction forms...).
CREATE TABLE platform.program_figure (
    program_id  bigint        NOT NULL REFERENCES platform.program (id) ON DELETE CASCADE,
    code        varchar(40)   NOT NULL,
    value       numeric(12, 2) NOT NULL CHECK (value >= 0),
    as_of       date,
    PRIMARY KEY (program_id, code)
);

CREATE TABLE platform.program_enrolment (
    program_id  bigint      NOT NULL REFERENCES platform.program (id) ON DELETE CASCADE,
    commune_id  bigint      NOT NULL REFERENCES platform.commune (id) ON DELETE CASCADE,
    cohort      varchar(10) NOT NULL CHECK (cohort IN ('PILOT', 'PARTNER')),
    joined_on   date,
    joined_by   varchar(15) NOT NULL CHECK (joined_by IN ('PRESELECTED', 'APPLICATION', 'CALL')),
    focal_point varchar(200),
    PRIMARY KEY (program_id, commune_id)
);
CREATE INDEX program_enrolment_commune_idx ON platform.program_enrolment (commune_id);

CREATE TABLE platform.onboarding_step_template (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    program_id  bigint       NOT NULL REFERENCES platform.program (id) ON DELETE CASCADE,
    position    integer      NOT NULL CHECK (position > 0),
    code        varchar(40)  NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name_ar     varchar(300) NOT NULL,
    name_fr     varchar(300) NOT NULL,
    name_zgh    varchar(300),
    name_en     varchar(300),
    UNIQUE (program_id, code),
    UNIQUE (program_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- LATE is not stored: it is computed from planned_on when the step is read.
CREATE TABLE platform.onboarding_step (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id     bigint      NOT NULL REFERENCES platform.onboarding_step_template (id) ON DELETE CASCADE,
    commune_id      bigint      NOT NULL REFERENCES platform.commune (id) ON DELETE CASCADE,
    status          varchar(12) NOT NULL DEFAULT 'PLANNED'
                    CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
    planned_on      date,
    actual_on       date,
    achievement     text,
    review          varchar(10) NOT NULL DEFAULT 'NONE'
                    CHECK (review IN ('NONE', 'SUBMITTED', 'VALIDATED', 'SENT_BACK')),
    review_comment  text,
    reported_by     varchar(120),
    reported_at     timestamptz,
    reviewed_by     varchar(120),
    reviewed_at     timestamptz,
    UNIQUE (template_id, commune_id),
    CHECK (status <> 'DONE' OR actual_on IS NOT NULL)
);
CREATE INDEX onboarding_step_commune_idx ON platform.onboarding_step (commune_id);

CREATE TABLE platform.activity (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    program_id   bigint       REFERENCES platform.program (id) ON DELETE SET NULL,
    kind         varchar(20)  NOT NULL
                 CHECK (kind IN ('TRAINING', 'MEETING', 'WORKSHOP', 'FORUM', 'EXCHANGE_VISIT', 'STUDY', 'CONSULTATION')),
    title_ar     varchar(400) NOT NULL,
    title_fr     varchar(400) NOT NULL,
    starts_on    date         NOT NULL,
    ends_on      date         NOT NULL,
    place        varchar(300),
    online_link  varchar(500) CHECK (online_link IS NULL OR online_link ~ '^https://'),
    organiser    varchar(300),
    outputs      text,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX activity_starts_idx ON platform.activity (starts_on);

CREATE TABLE platform.activity_commune (
    activity_id  bigint NOT NULL REFERENCES platform.activity (id) ON DELETE CASCADE,
    commune_id   bigint NOT NULL REFERENCES platform.commune (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, commune_id)
);
CREATE INDEX activity_commune_commune_idx ON platform.activity_commune (commune_id);

CREATE TABLE platform.activity_participants (
    activity_id  bigint      NOT NULL REFERENCES platform.activity (id) ON DELETE CASCADE,
    category     varchar(20) NOT NULL
                 CHECK (category IN ('ELECTED', 'ADMINISTRATION', 'EQUALITY_BODY', 'ASSOCIATIONS', 'CITIZENS', 'OTHERS')),
    total        integer     NOT NULL CHECK (total >= 0),
    -- NULL: not counted (the source did not break it down), which is not the same as zero.
    women        integer     CHECK (women BETWEEN 0 AND total),
    youth        integer     CHECK (youth BETWEEN 0 AND total),
    disability   integer     CHECK (disability BETWEEN 0 AND total),
    PRIMARY KEY (activity_id, category)
);

-- Structured outputs ("3 petitions drafted, 1 submitted") beside the free text.
CREATE TABLE platform.activity_result (
    activity_id  bigint      NOT NULL REFERENCES platform.activity (id) ON DELETE CASCADE,
    code         varchar(40) NOT NULL,
    quantity     integer     NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (activity_id, code)
);
--rollback DROP TABLE platform.activity_result, platform.activity_participants, platform.activity_commune, platform.activity, platform.onboarding_step, platform.onboarding_step_template, platform.program_enrolment, platform.program_figure, platform.program;

--changeset mocharaka:program-office-2
-- Evidence of a step (minutes, photos, attendance sheets), kept in the database beside the step it proves so a
-- backup of the shared schema carries it; size and type are checked by the application before it gets here.
CREATE TABLE platform.onboarding_evidence (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id   bigint       NOT NULL,
    commune_id    bigint       NOT NULL,
    filename      varchar(200) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    integer      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    content       bytea        NOT NULL,
    uploaded_by   varchar(120) NOT NULL,
    uploaded_at   timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (template_id, commune_id) REFERENCES platform.onboarding_step (template_id, commune_id) ON DELETE CASCADE
);
CREATE INDEX onboarding_evidence_step_idx ON platform.onboarding_evidence (commune_id, template_id);
--rollback DROP TABLE platform.onboarding_evidence;

--changeset mocharaka:program-office-3
-- How a commune joined is not always known (Beni Mellal's openness record does not say); unknown is not a value.
ALTER TABLE platform.program_enrolment ALTER COLUMN joined_by DROP NOT NULL;

-- A session's agenda of timed items, in the language the organiser wrote it.
CREATE TABLE platform.activity_agenda_item (
    activity_id  bigint       NOT NULL REFERENCES platform.activity (id) ON DELETE CASCADE,
    position     integer      NOT NULL CHECK (position > 0),
    starts_at    time         NOT NULL,
    ends_at      time,
    title        varchar(500) NOT NULL,
    PRIMARY KEY (activity_id, position),
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
--rollback DROP TABLE platform.activity_agenda_item; ALTER TABLE platform.program_enrolment ALTER COLUMN joined_by SET NOT NULL;
