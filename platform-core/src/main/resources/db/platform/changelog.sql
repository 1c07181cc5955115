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

--changeset mocharaka:milestones-1
-- Milestones of a program (commune_id NULL) or of one commune within a program. The status (upcoming, done, late)
-- is computed from the dates when read, like an onboarding step's lateness. The sources often give only the day a
-- thing happened, so either date may be missing, never both. One title per program and commune: a form posted
-- twice leaves one milestone.
CREATE TABLE platform.milestone (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    program_id  bigint       NOT NULL REFERENCES platform.program (id) ON DELETE CASCADE,
    commune_id  bigint       REFERENCES platform.commune (id) ON DELETE CASCADE,
    title_ar    varchar(300) NOT NULL,
    title_fr    varchar(300) NOT NULL,
    title_zgh   varchar(300),
    title_en    varchar(300),
    planned_on  date,
    actual_on   date,
    updated_by  varchar(120) NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CHECK (planned_on IS NOT NULL OR actual_on IS NOT NULL),
    CONSTRAINT milestone_title_unique UNIQUE NULLS NOT DISTINCT (program_id, commune_id, title_fr)
);
CREATE INDEX milestone_commune_idx ON platform.milestone (commune_id);
--rollback DROP TABLE platform.milestone;

--changeset mocharaka:commune-contacts-1
-- The people the program office deals with in a commune (focal points, president, director of services...). Only
-- what the office needs to reach them in their public role (law 09-08: data minimisation): name, role, work email
-- and phone; no address, no national ID. Removed contacts are deleted, not kept.
CREATE TABLE platform.commune_contact (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commune_id  bigint       NOT NULL REFERENCES platform.commune (id) ON DELETE CASCADE,
    name        varchar(200) NOT NULL,
    role        varchar(20)  NOT NULL
                CHECK (role IN ('FOCAL_POINT', 'PRESIDENT', 'DIRECTOR', 'EQUALITY_BODY', 'STAFF', 'OTHER')),
    email       varchar(200) CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
    phone       varchar(30)  CHECK (phone IS NULL OR phone ~ '^\+?[0-9 ().-]{6,29}$'),
    updated_by  varchar(120) NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT commune_contact_unique UNIQUE (commune_id, name, role)
);
CREATE INDEX commune_contact_commune_idx ON platform.commune_contact (commune_id);
--rollback DROP TABLE platform.commune_contact;
--changeset mocharaka:analytics-1
-- Analytics across communes (docs/analytics.md). Only aggregates live here: no column names a person.
-- The indicators shown to analysts, each computed from one or two monthly fact codes (docs/analytics-facts.md).
CREATE TABLE platform.analytics_indicator (
    code            varchar(60)  PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_.]*$'),
    position        integer      NOT NULL UNIQUE,
    theme           varchar(20)  NOT NULL,
    formula         varchar(10)  NOT NULL CHECK (formula IN ('COUNT', 'SHARE', 'PER_1000', 'MEAN', 'MEDIAN')),
    numerator       varchar(60)  NOT NULL,
    denominator     varchar(60),
    stock           boolean      NOT NULL DEFAULT false,
    unit            varchar(10)  NOT NULL CHECK (unit IN ('count', 'percent', 'per1000', 'days', 'score')),
    target          varchar(10)  CHECK (target IN ('WOMEN', 'YOUTH', 'DISABILITY')),
    label_ar        varchar(200) NOT NULL,
    label_fr        varchar(200) NOT NULL,
    label_zgh       varchar(200),
    label_en        varchar(200) NOT NULL,
    definition_ar   text         NOT NULL,
    definition_fr   text         NOT NULL,
    definition_zgh  text,
    definition_en   text         NOT NULL,
    CHECK ((formula IN ('COUNT', 'MEDIAN')) = (denominator IS NULL) OR formula = 'PER_1000'),
    CHECK (target IS NULL OR formula = 'SHARE')
);

-- The roll-up's result: per commune, fact code, breakdown and period (M month, Q quarter, Y year), the amount in
-- the period and, for stocks, the amount accumulated up to the period's end. Source C: the commune's own fact
-- views; P: the program office's tables. Read by pages and API with one indexed query for all communes.
CREATE TABLE platform.commune_indicator (
    commune_id    bigint       NOT NULL REFERENCES platform.commune (id) ON DELETE CASCADE,
    source        char(1)      NOT NULL CHECK (source IN ('C', 'P')),
    indicator     varchar(60)  NOT NULL CHECK (indicator ~ '^[a-z][a-z0-9_.]*$'),
    dimension     varchar(60)  NOT NULL DEFAULT '',
    period_kind   char(1)      NOT NULL CHECK (period_kind IN ('M', 'Q', 'Y')),
    period_start  date         NOT NULL,
    amount        numeric(18, 4) NOT NULL,
    cumulative    numeric(18, 4),
    PRIMARY KEY (commune_id, source, indicator, dimension, period_kind, period_start)
);
CREATE INDEX commune_indicator_period_idx ON platform.commune_indicator (period_kind, period_start, indicator)
    INCLUDE (commune_id, dimension, amount, cumulative);

-- Every indicator's value per commune and period, computed at roll-up time from the rows above (and the commune's
-- population), so a comparison of all communes reads one small row per commune. A missing key is "no data".
CREATE TABLE platform.commune_indicator_value (
    commune_id    bigint  NOT NULL REFERENCES platform.commune (id) ON DELETE CASCADE,
    period_kind   char(1) NOT NULL CHECK (period_kind IN ('M', 'Q', 'Y')),
    period_start  date    NOT NULL,
    "values"      jsonb   NOT NULL,
    PRIMARY KEY (period_kind, period_start, commune_id)
);
CREATE INDEX commune_indicator_value_commune_idx ON platform.commune_indicator_value (commune_id);

-- When each commune was last rolled up, and a fingerprint of what was read, so an unchanged commune costs no write.
CREATE TABLE platform.analytics_rollup (
    commune_id    bigint      NOT NULL REFERENCES platform.commune (id) ON DELETE CASCADE,
    source        char(1)     NOT NULL CHECK (source IN ('C', 'P')),
    fingerprint   varchar(64) NOT NULL,
    rolled_up_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, source)
);

INSERT INTO platform.analytics_indicator (code, position, theme, formula, numerator, denominator, stock, unit, target,
    label_ar, label_fr, label_zgh, label_en, definition_ar, definition_fr, definition_zgh, definition_en) VALUES
('onboarding.progress', 10, 'onboarding', 'SHARE', 'onboarding.steps.done', 'onboarding.steps.total', true, 'percent', NULL,
 'تقدم الإدماج', 'Avancement de l''intégration', 'ⴰⵏⴰⵎⵓⵙ ⵏ ⵓⴽⵛⵛⵓⵎ', 'Onboarding progress',
 'نسبة مراحل نموذج البرنامج المنجزة إلى غاية نهاية الفترة.', 'Part des étapes du modèle du programme réalisées à la fin de la période.', NULL, 'Share of the program template''s steps done by the end of the period.'),
('onboarding.late', 20, 'onboarding', 'COUNT', 'onboarding.steps.late', NULL, true, 'count', NULL,
 'مراحل متأخرة', 'Étapes en retard', 'ⵜⵉⵙⵓⵔⴰ ⵉⵜⵜⵎⵎⴰⵄⴰⵍⵏ', 'Steps late',
 'المراحل غير المنجزة وغير المعلقة التي فات تاريخ استحقاقها.', 'Étapes ni réalisées ni bloquées dont l''échéance est passée.', NULL, 'Steps neither done nor blocked whose due date has passed.'),
('trainings.sessions', 30, 'trainings', 'COUNT', 'trainings.sessions', NULL, false, 'count', NULL,
 'الدورات التكوينية واللقاءات', 'Formations et réunions tenues', 'ⵜⵉⵎⵍⵉⵍⵉⵏ ⴷ ⵜⵉⵏⴰⵡⵉⵏ', 'Trainings and meetings held',
 'الأنشطة المنظمة لفائدة الجماعة في الفترة (نشاط مشترك يحسب لكل جماعة معنية).', 'Activités tenues pour la commune dans la période (une activité commune compte pour chaque commune concernée).', NULL, 'Activities held for the commune in the period (a joint activity counts for each commune involved).'),
('trainings.participants', 40, 'trainings', 'COUNT', 'trainings.participants', NULL, false, 'count', NULL,
 'المشاركون في التكوينات', 'Participants aux formations', 'ⵉⵎⴷⵔⴰⵡⵏ ⴳ ⵜⵎⵍⵉⵍⵉⵏ', 'Training participants',
 'عدد المشاركين المسجلين في لوائح الحضور.', 'Participants inscrits sur les feuilles de présence.', NULL, 'Participants recorded on the attendance sheets.'),
('trainings.women', 50, 'trainings', 'SHARE', 'trainings.participants.women', 'trainings.participants.counted', false, 'percent', 'WOMEN',
 'نسبة النساء في التكوينات', 'Part des femmes (formations)', 'ⵜⵉⵎⵖⴰⵔⵉⵏ ⴳ ⵜⵎⵍⵉⵍⵉⵏ', 'Share of women (trainings)',
 'النساء من بين المشاركين الذين أحصي توزيعهم.', 'Femmes parmi les participants dont la répartition a été comptée.', NULL, 'Women among the participants whose breakdown was counted.'),
('trainings.youth', 60, 'trainings', 'SHARE', 'trainings.participants.youth', 'trainings.participants.counted', false, 'percent', 'YOUTH',
 'نسبة الشباب في التكوينات', 'Part des jeunes (formations)', 'ⵉⵎⵥⵍⴰⴹ ⴳ ⵜⵎⵍⵉⵍⵉⵏ', 'Share of youth (trainings)',
 'الشباب من بين المشاركين الذين أحصي توزيعهم.', 'Jeunes parmi les participants dont la répartition a été comptée.', NULL, 'Young people among the participants whose breakdown was counted.'),
('trainings.disability', 70, 'trainings', 'SHARE', 'trainings.participants.disability', 'trainings.participants.counted', false, 'percent', 'DISABILITY',
 'نسبة الأشخاص في وضعية إعاقة في التكوينات', 'Part des personnes handicapées (formations)', 'ⵎⵉⴷⴷⵏ ⵙ ⵓⵏⴳⵓⵔ ⴳ ⵜⵎⵍⵉⵍⵉⵏ', 'Share of persons with disabilities (trainings)',
 'الأشخاص في وضعية إعاقة من بين المشاركين الذين أحصي توزيعهم.', 'Personnes handicapées parmi les participants dont la répartition a été comptée.', NULL, 'Persons with disabilities among the participants whose breakdown was counted.'),
('forums.events', 80, 'forums', 'COUNT', 'forums.events', NULL, false, 'count', NULL,
 'المنتديات والتظاهرات المنعقدة', 'Forums et événements tenus', 'ⵉⵎⵓⵏⴰⴳ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ', 'Forums and events held',
 'المنتديات والتظاهرات التي انعقدت في الفترة.', 'Forums et événements tenus dans la période.', NULL, 'Forums and events held in the period.'),
('forums.attendees', 90, 'forums', 'COUNT', 'forums.attendees', NULL, false, 'count', NULL,
 'الحضور في المنتديات', 'Présences aux forums', 'ⵉⵎⴷⵔⴰⵡⵏ ⴳ ⵉⵎⵓⵏⴰⴳ', 'Forum attendance',
 'الأشخاص المسجل حضورهم عند المدخل.', 'Personnes enregistrées à l''entrée.', NULL, 'People checked in at the door.'),
('forums.women', 100, 'forums', 'SHARE', 'forums.attendees.women', 'forums.attendees.answered', false, 'percent', 'WOMEN',
 'نسبة النساء في المنتديات', 'Part des femmes (forums)', 'ⵜⵉⵎⵖⴰⵔⵉⵏ ⴳ ⵉⵎⵓⵏⴰⴳ', 'Share of women (forums)',
 'النساء من بين الحاضرين الذين أجابوا بموافقتهم.', 'Femmes parmi les présents ayant répondu avec leur consentement.', NULL, 'Women among the attendees who answered with their consent.'),
('forums.youth', 110, 'forums', 'SHARE', 'forums.attendees.youth', 'forums.attendees.answered', false, 'percent', 'YOUTH',
 'نسبة الشباب في المنتديات', 'Part des jeunes (forums)', 'ⵉⵎⵥⵍⴰⴹ ⴳ ⵉⵎⵓⵏⴰⴳ', 'Share of youth (forums)',
 'الشباب (18-35 سنة) من بين الحاضرين الذين أجابوا بموافقتهم.', 'Jeunes (18-35 ans) parmi les présents ayant répondu avec leur consentement.', NULL, 'Young people (18-35) among the attendees who answered with their consent.'),
('forums.disability', 120, 'forums', 'SHARE', 'forums.attendees.disability', 'forums.attendees.answered', false, 'percent', 'DISABILITY',
 'نسبة الأشخاص في وضعية إعاقة في المنتديات', 'Part des personnes handicapées (forums)', 'ⵎⵉⴷⴷⵏ ⵙ ⵓⵏⴳⵓⵔ ⴳ ⵉⵎⵓⵏⴰⴳ', 'Share of persons with disabilities (forums)',
 'الأشخاص في وضعية إعاقة من بين الحاضرين الذين أجابوا بموافقتهم.', 'Personnes handicapées parmi les présents ayant répondu avec leur consentement.', NULL, 'Persons with disabilities among the attendees who answered with their consent.'),
('consultations.per1000', 130, 'consultations', 'PER_1000', 'consultations.contributions', NULL, false, 'per1000', NULL,
 'المساهمات لكل 1000 نسمة', 'Contributions pour 1 000 habitants', 'ⵜⵉⵎⵓⵛⴰⵔⴽⵉⵏ ⵉ 1000 ⵏ ⵉⵎⵣⴷⴰⵖ', 'Contributions per 1,000 inhabitants',
 'المساهمات الظاهرة في الاستشارات مقسومة على عدد السكان، مضروبة في 1000.', 'Contributions visibles aux consultations rapportées à la population, pour 1 000 habitants.', NULL, 'Visible contributions to consultations over the population, per 1,000 inhabitants.'),
('consultations.answered', 140, 'consultations', 'SHARE', 'consultations.contributions.answered', 'consultations.contributions', false, 'percent', NULL,
 'نسبة المساهمات المجاب عنها في التركيب', 'Part des contributions traitées dans la synthèse', 'ⵜⵉⵎⵓⵛⴰⵔⴽⵉⵏ ⵉⵜⵜⵓⵔⴰⵔⵏ', 'Share of contributions answered in the synthesis',
 'المساهمات التي نشرت الجماعة تركيب استشارتها.', 'Contributions dont la consultation a reçu sa synthèse publiée.', NULL, 'Contributions whose consultation has a published synthesis.'),
('petitions.submitted', 150, 'petitions', 'COUNT', 'petitions.submitted', NULL, false, 'count', NULL,
 'العرائض المودعة', 'Pétitions déposées', 'ⵜⵉⵙⵓⵜⵔⴰ ⵉⵜⵜⵓⵙⵔⵙⵏ', 'Petitions submitted',
 'العرائض المودعة لدى المكتب في الفترة.', 'Pétitions déposées auprès du bureau dans la période.', NULL, 'Petitions submitted to the bureau in the period.'),
('petitions.admissible', 160, 'petitions', 'COUNT', 'petitions.admissible', NULL, false, 'count', NULL,
 'العرائض المقبولة شكلا', 'Pétitions recevables', 'ⵜⵉⵙⵓⵜⵔⴰ ⵉⵜⵜⵓⵇⴱⵍⵏ', 'Petitions admissible',
 'العرائض التي صرح المكتب بقبولها في الفترة.', 'Pétitions déclarées recevables par le bureau dans la période.', NULL, 'Petitions the bureau declared admissible in the period.'),
('petitions.accepted', 170, 'petitions', 'COUNT', 'petitions.accepted', NULL, false, 'count', NULL,
 'العرائض المصادق عليها', 'Pétitions acceptées', 'ⵜⵉⵙⵓⵜⵔⴰ ⵉⵜⵜⵓⵙⵏⵜⵎⵏ', 'Petitions accepted',
 'العرائض التي وافق عليها المجلس في الفترة.', 'Pétitions acceptées par le conseil dans la période.', NULL, 'Petitions the council accepted in the period.'),
('petitions.median_days', 180, 'petitions', 'MEDIAN', 'petitions.decision.days', NULL, false, 'days', NULL,
 'الوسيط بالأيام حتى القرار', 'Délai médian de décision (jours)', 'ⴰⵙⵙⴰⵖ ⴰⵏⴰⵎⵎⴰⵙ ⵏ ⵓⵙⵜⵜⴰⵢ', 'Median days to decision',
 'وسيط الأيام بين الإيداع والقرار (رفض المكتب أو تصويت المجلس) للقرارات المتخذة في الفترة.', 'Médiane des jours entre dépôt et décision (refus du bureau ou vote du conseil), pour les décisions de la période.', NULL, 'Median days from submission to decision (bureau rejection or council vote), over the period''s decisions.'),
('petitions.overdue', 190, 'petitions', 'COUNT', 'petitions.overdue', NULL, true, 'count', NULL,
 'العرائض المتأخرة', 'Pétitions en retard', 'ⵜⵉⵙⵓⵜⵔⴰ ⵉⵜⵜⵎⵎⴰⵄⴰⵍⵏ', 'Petitions overdue',
 'العرائض التي فات أجل الجواب عنها (ثلاثة أشهر) أو انتهت دورتها دون قرار، إلى غاية نهاية الفترة.', 'Pétitions sans réponse trois mois après le dépôt ou dont la session s''est achevée sans décision, à la fin de la période.', NULL, 'Petitions unanswered three months after submission, or whose session ended without a decision, at the period''s end.'),
('budget.proposals', 200, 'budget', 'COUNT', 'budget.proposals', NULL, false, 'count', NULL,
 'مقترحات الميزانية التشاركية', 'Propositions au budget participatif', 'ⵉⵙⵓⵎⵔ ⵏ ⵜⴰⵏⵥⵔⴼⵜ', 'Participatory budget proposals',
 'المقترحات المقدمة في الفترة.', 'Propositions déposées dans la période.', NULL, 'Proposals submitted in the period.'),
('budget.feasible', 210, 'budget', 'SHARE', 'budget.proposals.feasible', 'budget.proposals.reviewed', false, 'percent', NULL,
 'نسبة المقترحات القابلة للإنجاز', 'Part des propositions faisables', 'ⵉⵙⵓⵎⵔ ⵉⵜⵜⵓⴳⴰⵏ', 'Share of feasible proposals',
 'المقترحات القابلة للإنجاز من بين المقترحات المدروسة.', 'Propositions jugées faisables parmi les propositions examinées.', NULL, 'Proposals found feasible among those reviewed.'),
('budget.turnout', 220, 'budget', 'PER_1000', 'budget.ballots', NULL, false, 'per1000', NULL,
 'المصوتون لكل 1000 نسمة', 'Votants pour 1 000 habitants', 'ⵉⵎⴼⵔⴰⵏⵏ ⵉ 1000 ⵏ ⵉⵎⵣⴷⴰⵖ', 'Turnout per 1,000 inhabitants',
 'الأصوات المعبر عنها مقسومة على عدد السكان، مضروبة في 1000.', 'Bulletins exprimés rapportés à la population, pour 1 000 habitants.', NULL, 'Ballots cast over the population, per 1,000 inhabitants.'),
('budget.progress', 230, 'budget', 'MEAN', 'budget.projects.progress.sum', 'budget.projects.selected', true, 'percent', NULL,
 'تقدم إنجاز المشاريع', 'Avancement des projets', 'ⴰⵏⴰⵎⵓⵙ ⵏ ⵉⵙⵏⴼⴰⵔⵏ', 'Implementation progress',
 'متوسط نسب تقدم المشاريع المختارة إلى غاية نهاية الفترة.', 'Avancement moyen des projets retenus à la fin de la période.', NULL, 'Mean progress of the selected projects at the period''s end.'),
('surveys.responses', 240, 'surveys', 'COUNT', 'surveys.responses', NULL, false, 'count', NULL,
 'أجوبة استمارات الرضا', 'Réponses aux enquêtes de satisfaction', 'ⵜⵉⵔⴰⵔⵉⵏ ⵏ ⵓⵙⵇⵙⵉ', 'Satisfaction survey responses',
 'الأجوبة المتوصل بها في الفترة.', 'Réponses reçues dans la période.', NULL, 'Responses received in the period.'),
('surveys.score', 250, 'surveys', 'MEAN', 'surveys.score.sum', 'surveys.score.count', false, 'score', NULL,
 'متوسط نقطة الرضا', 'Score moyen de satisfaction', 'ⴰⵎⴰⵜⴰⵢ ⵏ ⵓⵙⵇⵙⵉ', 'Mean satisfaction score',
 'متوسط النقط المعطاة (لكل مرفق في صفحة الجماعة).', 'Moyenne des scores donnés (par service sur la fiche de la commune).', NULL, 'Mean of the scores given (per service on the commune''s profile).'),
('information.requests', 260, 'information', 'COUNT', 'information.requests', NULL, false, 'count', NULL,
 'طلبات الحصول على المعلومات', 'Demandes d''accès à l''information', 'ⵜⵓⵜⵔⴰ ⵏ ⵉⵙⴰⵍⵍⴻⵏ', 'Information requests',
 'الطلبات المتوصل بها في الفترة (القانون 31.13).', 'Demandes reçues dans la période (loi 31-13).', NULL, 'Requests received in the period (law 31-13).'),
('information.on_time', 270, 'information', 'COUNT', 'information.answered.on_time', NULL, false, 'count', NULL,
 'الطلبات المجاب عنها في الأجل', 'Réponses dans le délai', 'ⵜⵉⵔⴰⵔⵉⵏ ⴳ ⵓⵙⴰⴽⵓⴷ', 'Answered on time',
 'الأجوبة المقدمة داخل الأجل القانوني.', 'Réponses données dans le délai légal.', NULL, 'Answers given within the legal deadline.'),
('information.late', 280, 'information', 'COUNT', 'information.answered.late', NULL, false, 'count', NULL,
 'الطلبات المجاب عنها بتأخر', 'Réponses en retard', 'ⵜⵉⵔⴰⵔⵉⵏ ⵉⵜⵜⵎⵎⴰⵄⴰⵍⵏ', 'Answered late',
 'الأجوبة المقدمة بعد انقضاء الأجل القانوني.', 'Réponses données après le délai légal.', NULL, 'Answers given after the legal deadline.'),
('information.implicit_refusals', 290, 'information', 'COUNT', 'information.implicit_refusals', NULL, false, 'count', NULL,
 'الرفض الضمني', 'Refus implicites', 'ⴰⴳⴷⵓⵍ ⵓⵔ ⵉⵜⵜⵓⵏⵏⴰⵏ', 'Implicit refusals',
 'الطلبات التي لم يجب عنها داخل الأجل.', 'Demandes restées sans réponse à l''échéance.', NULL, 'Requests left unanswered at the deadline.'),
('bodies.submitted', 300, 'bodies', 'COUNT', 'bodies.opinions.submitted', NULL, false, 'count', NULL,
 'الآراء الاستشارية المقدمة', 'Avis consultatifs soumis', 'ⵜⵉⵏⵏⴰⵡⵉⵏ ⵉⵜⵜⵓⵙⵔⵙⵏ', 'Advisory opinions submitted',
 'آراء الهيئات الاستشارية المقدمة إلى المجلس في الفترة.', 'Avis des instances consultatives soumis au conseil dans la période.', NULL, 'Opinions of advisory bodies submitted to the council in the period.'),
('bodies.answered', 310, 'bodies', 'COUNT', 'bodies.opinions.answered', NULL, false, 'count', NULL,
 'الآراء الاستشارية المجاب عنها', 'Avis consultatifs ayant reçu réponse', 'ⵜⵉⵏⵏⴰⵡⵉⵏ ⵉⵜⵜⵓⵔⴰⵔⵏ', 'Advisory opinions answered',
 'الآراء التي أجاب عنها المجلس بقرار معلل في الفترة.', 'Avis auxquels le conseil a répondu de façon motivée dans la période.', NULL, 'Opinions the council answered with reasons in the period.');
--rollback DROP TABLE platform.analytics_rollup, platform.commune_indicator_value, platform.commune_indicator, platform.analytics_indicator;
