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

--changeset mocharaka:commune-3
-- Citizen forums and events. Times are the commune's wall-clock times, as printed on the agenda.
CREATE TABLE forum (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         varchar(40)  NOT NULL CHECK (kind IN ('CITIZEN_FORUM', 'WORKSHOP', 'MULTI_ACTOR_CONSULTATION', 'INFORMATION_MEETING')),
    title        jsonb        NOT NULL,
    summary      jsonb        NOT NULL,
    place        jsonb        NOT NULL,
    online_link  varchar(500) CHECK (online_link IS NULL OR online_link ~ '^https://'),
    starts_at    timestamp    NOT NULL,
    ends_at      timestamp    NOT NULL,
    capacity     integer      CHECK (capacity IS NULL OR capacity > 0),
    created_by   varchar(120) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX forum_starts_idx ON forum (starts_at DESC);

CREATE TABLE forum_agenda_item (
    forum_id   bigint  NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    starts_at  time    NOT NULL,
    ends_at    time,
    title      jsonb   NOT NULL,
    PRIMARY KEY (forum_id, position)
);

-- A registration names the account only (its Keycloak subject): nothing else about the citizen is kept here.
CREATE TABLE forum_registration (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    forum_id       bigint       NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
    participant    varchar(120) NOT NULL,
    registered_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT forum_registration_once UNIQUE (forum_id, participant)
);

-- One row per person at the door, with or without an account. No name is stored; inclusion answers only with consent.
CREATE TABLE forum_attendance (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    forum_id         bigint       NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
    registration_id  bigint       REFERENCES forum_registration (id) ON DELETE SET NULL,
    consent          boolean      NOT NULL,
    gender           varchar(10)  CHECK (gender IN ('WOMAN', 'MAN')),
    age_band         varchar(20)  CHECK (age_band IN ('UNDER_18', 'FROM_18_TO_35', 'FROM_36_TO_59', 'FROM_60')),
    disability       boolean,
    checked_in_by    varchar(120) NOT NULL,
    checked_in_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT forum_attendance_registration_once UNIQUE (registration_id),
    CONSTRAINT forum_attendance_inclusion_needs_consent
        CHECK (consent OR (gender IS NULL AND age_band IS NULL AND disability IS NULL))
);
CREATE INDEX forum_attendance_forum_idx ON forum_attendance (forum_id);

-- What analytics may read: counts per forum, never a person.
CREATE VIEW forum_participation_fact AS
SELECT f.id                                                              AS forum_id,
       f.kind                                                            AS kind,
       CAST(f.starts_at AS date)                                         AS held_on,
       (SELECT count(*) FROM forum_registration r WHERE r.forum_id = f.id) AS registrations,
       count(a.id)                                                       AS attendees,
       count(a.id) FILTER (WHERE a.gender = 'WOMAN')                     AS women,
       count(a.id) FILTER (WHERE a.age_band = 'FROM_18_TO_35')           AS youth,
       count(a.id) FILTER (WHERE a.disability)                           AS with_disability,
       count(a.id) FILTER (WHERE NOT a.consent)                          AS inclusion_not_given
FROM forum f
LEFT JOIN forum_attendance a ON a.forum_id = f.id
GROUP BY f.id, f.kind, f.starts_at;

--changeset mocharaka:commune-4
-- Neighbourhood delegate elections held at a forum. Candidates stand publicly, so their names are kept; voters are
-- known by account only, and the unique key is what makes "one vote per attendee" true under any concurrency.
CREATE TABLE delegate_election (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    forum_id       bigint       NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
    neighbourhood  jsonb        NOT NULL,
    seats          integer      NOT NULL CHECK (seats BETWEEN 1 AND 20),
    opened_at      timestamptz,
    closed_at      timestamptz,
    created_by     varchar(120) NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK (closed_at IS NULL OR (opened_at IS NOT NULL AND closed_at >= opened_at))
);
CREATE INDEX delegate_election_forum_idx ON delegate_election (forum_id);

CREATE TABLE delegate_candidate (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id  bigint       NOT NULL REFERENCES delegate_election (id) ON DELETE CASCADE,
    name         varchar(120) NOT NULL,
    position     integer      NOT NULL,
    CONSTRAINT delegate_candidate_position_once UNIQUE (election_id, position)
);

CREATE TABLE delegate_ballot (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id   bigint       NOT NULL REFERENCES delegate_election (id) ON DELETE CASCADE,
    candidate_id  bigint       NOT NULL REFERENCES delegate_candidate (id) ON DELETE CASCADE,
    voter         varchar(120) NOT NULL,
    cast_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT delegate_ballot_one_per_voter UNIQUE (election_id, voter)
);

-- What analytics may read: ballots and candidates per election, never who voted for whom.
CREATE VIEW delegate_election_fact AS
SELECT e.id AS election_id,
       e.forum_id,
       (SELECT count(*) FROM delegate_candidate c WHERE c.election_id = e.id) AS candidates,
       (SELECT count(*) FROM delegate_ballot b WHERE b.election_id = e.id)    AS ballots,
       e.seats
FROM delegate_election e;

--changeset mocharaka:commune-5
-- Consultations on drafts (charter, action plan, any document): sections, contributions per section, supports,
-- moderation with reasons, synthesis and council approval. Window dates are the commune's calendar days, inclusive.
CREATE TABLE consultation (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_kind     varchar(30)  NOT NULL CHECK (document_kind IN ('CHARTER', 'ACTION_PLAN', 'CHARTER_AND_ACTION_PLAN', 'OTHER')),
    title             jsonb        NOT NULL,
    summary           jsonb        NOT NULL,
    opens_on          date         NOT NULL,
    closes_on         date         NOT NULL,
    synthesis         jsonb,
    synthesised_on    date,
    approved_on       date,
    final_text        jsonb,
    created_by        varchar(120) NOT NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    CHECK (closes_on >= opens_on),
    CHECK ((synthesis IS NULL) = (synthesised_on IS NULL)),
    CHECK (synthesised_on IS NULL OR synthesised_on > closes_on),
    CHECK (approved_on IS NULL OR approved_on >= closes_on)
);

CREATE TABLE consultation_section (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id  bigint  NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    title            jsonb   NOT NULL,
    body             jsonb   NOT NULL,
    CONSTRAINT consultation_section_position_once UNIQUE (consultation_id, position)
);

CREATE TABLE consultation_contribution (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id         bigint        NOT NULL REFERENCES consultation_section (id) ON DELETE CASCADE,
    kind               varchar(10)   NOT NULL CHECK (kind IN ('COMMENT', 'PROPOSAL')),
    author             varchar(120)  NOT NULL,
    body               varchar(4000) NOT NULL CHECK (length(btrim(body)) > 0),
    created_at         timestamptz   NOT NULL DEFAULT now(),
    hidden_reason      varchar(500),
    moderated_by       varchar(120),
    moderated_at       timestamptz,
    CHECK ((hidden_reason IS NULL) = (moderated_by IS NULL))
);
CREATE INDEX consultation_contribution_section_idx ON consultation_contribution (section_id);

CREATE TABLE consultation_support (
    contribution_id  bigint       NOT NULL REFERENCES consultation_contribution (id) ON DELETE CASCADE,
    supporter        varchar(120) NOT NULL,
    supported_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT consultation_support_once PRIMARY KEY (contribution_id, supporter)
);

-- What analytics may read: counts per consultation, never a contributor.
CREATE VIEW consultation_participation_fact AS
SELECT c.id AS consultation_id,
       c.document_kind,
       c.opens_on,
       c.closes_on,
       c.approved_on,
       count(k.id)                                           AS contributions,
       count(k.id) FILTER (WHERE k.kind = 'PROPOSAL')        AS proposals,
       count(k.id) FILTER (WHERE k.hidden_reason IS NOT NULL) AS hidden,
       count(DISTINCT k.author)                              AS contributors,
       (SELECT count(*) FROM consultation_support s
          JOIN consultation_contribution k2 ON k2.id = s.contribution_id
          JOIN consultation_section s2 ON s2.id = k2.section_id
         WHERE s2.consultation_id = c.id)                    AS supports
FROM consultation c
LEFT JOIN consultation_section s ON s.consultation_id = c.id
LEFT JOIN consultation_contribution k ON k.section_id = s.id
GROUP BY c.id;

--changeset mocharaka:commune-6
-- Advisory bodies (the equality body IEECAG, youth and child councils, neighbourhood committees): members with
-- roles and terms, meetings with minutes, and advisory opinions from drafting to the council's reasoned answer.
CREATE TABLE advisory_body (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        varchar(30)  NOT NULL CHECK (kind IN ('EQUALITY_BODY', 'YOUTH_COUNCIL', 'CHILD_COUNCIL', 'NEIGHBOURHOOD_COMMITTEE')),
    name        jsonb        NOT NULL,
    mandate     jsonb        NOT NULL,
    created_on  date,
    created_by  varchar(120) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

-- Members hold a public office, so their names are public; nothing else about them is kept.
CREATE TABLE advisory_body_member (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id     bigint       NOT NULL REFERENCES advisory_body (id) ON DELETE CASCADE,
    name        varchar(120) NOT NULL CHECK (length(btrim(name)) > 0),
    role        varchar(20)  NOT NULL CHECK (role IN ('PRESIDENT', 'RAPPORTEUR', 'MEMBER')),
    term_start  date         NOT NULL,
    term_end    date,
    CHECK (term_end IS NULL OR term_end >= term_start)
);
-- One president and one rapporteur at a time: a second one needs the first one's term ended.
CREATE UNIQUE INDEX advisory_body_one_open_office ON advisory_body_member (body_id, role)
    WHERE role IN ('PRESIDENT', 'RAPPORTEUR') AND term_end IS NULL;

CREATE TABLE advisory_body_meeting (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id  bigint NOT NULL REFERENCES advisory_body (id) ON DELETE CASCADE,
    held_on  date   NOT NULL,
    title    jsonb  NOT NULL,
    minutes  jsonb  NOT NULL
);

CREATE TABLE advisory_opinion (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id         bigint       NOT NULL REFERENCES advisory_body (id) ON DELETE CASCADE,
    title           jsonb        NOT NULL,
    text            jsonb        NOT NULL,
    drafted_on      date         NOT NULL,
    submitted_on    date,
    council_answer  varchar(20)  CHECK (council_answer IN ('ACCEPTED', 'TAKEN_INTO_ACCOUNT', 'REJECTED')),
    answer_reasons  jsonb,
    answered_on     date,
    published_on    date,
    CHECK (submitted_on IS NULL OR submitted_on >= drafted_on),
    CHECK ((council_answer IS NULL) = (answered_on IS NULL)),
    CHECK (answered_on IS NULL OR (submitted_on IS NOT NULL AND answered_on >= submitted_on AND answer_reasons IS NOT NULL)),
    CHECK (published_on IS NULL OR answered_on IS NOT NULL)
);

-- What analytics may read: opinions per body and how the council answered them.
CREATE VIEW advisory_opinion_fact AS
SELECT b.id AS body_id,
       b.kind,
       count(o.id)                                                  AS opinions,
       count(o.id) FILTER (WHERE o.submitted_on IS NOT NULL)        AS submitted,
       count(o.id) FILTER (WHERE o.council_answer = 'ACCEPTED')     AS accepted,
       count(o.id) FILTER (WHERE o.council_answer = 'TAKEN_INTO_ACCOUNT') AS taken_into_account,
       count(o.id) FILTER (WHERE o.council_answer = 'REJECTED')     AS rejected,
       (SELECT count(*) FROM advisory_body_member m WHERE m.body_id = b.id AND m.term_end IS NULL) AS sitting_members
FROM advisory_body b
LEFT JOIN advisory_opinion o ON o.body_id = b.id
GROUP BY b.id, b.kind;

--changeset mocharaka:commune-7
-- What a citizen tells this commune about themselves: where they live, and, only with consent, the inclusion
-- answers that participation counts use. Keyed by account; one row per citizen per commune.
CREATE TABLE citizen_profile (
    account            varchar(120) PRIMARY KEY,
    residence_commune  varchar(120),
    neighbourhood      varchar(120),
    inclusion_consent  boolean      NOT NULL DEFAULT false,
    gender             varchar(10)  CHECK (gender IN ('WOMAN', 'MAN')),
    age_band           varchar(20)  CHECK (age_band IN ('UNDER_18', 'FROM_18_TO_35', 'FROM_36_TO_59', 'FROM_60')),
    disability         boolean,
    consent_given_at   timestamptz,
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT citizen_profile_inclusion_needs_consent
        CHECK (inclusion_consent OR (gender IS NULL AND age_band IS NULL AND disability IS NULL AND consent_given_at IS NULL))
);

-- What analytics may read: how many citizens answered, by category, never who.
CREATE VIEW citizen_profile_fact AS
SELECT count(*)                                                      AS profiles,
       count(*) FILTER (WHERE inclusion_consent)                     AS with_inclusion_consent,
       count(*) FILTER (WHERE gender = 'WOMAN')                      AS women,
       count(*) FILTER (WHERE age_band = 'FROM_18_TO_35')            AS youth,
       count(*) FILTER (WHERE disability)                            AS with_disability
FROM citizen_profile;

--changeset mocharaka:commune-8
-- The approved action plan: actions with owner, schedule, budget, status and progress, and objective indicators
-- with baseline, target and latest value, shown publicly.
CREATE TABLE action_plan (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title        jsonb        NOT NULL,
    summary      jsonb        NOT NULL,
    approved_on  date,
    created_by   varchar(120) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE plan_action (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id    bigint        NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    position   integer       NOT NULL,
    title      jsonb         NOT NULL,
    owner      jsonb         NOT NULL,
    starts_on  date,
    ends_on    date,
    budget_mad numeric(14, 2) CHECK (budget_mad IS NULL OR budget_mad >= 0),
    status     varchar(20)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED')),
    progress   integer       NOT NULL CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT plan_action_position_once UNIQUE (plan_id, position),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    CHECK (status <> 'DONE' OR progress = 100)
);

CREATE TABLE plan_indicator (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id      bigint        NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,
    label          jsonb         NOT NULL,
    unit           varchar(40)   NOT NULL,
    baseline       numeric(14, 2) NOT NULL DEFAULT 0,
    target         numeric(14, 2) NOT NULL,
    current_value  numeric(14, 2),
    measured_on    date,
    CHECK (target <> baseline),
    CHECK ((current_value IS NULL) = (measured_on IS NULL))
);

-- What analytics may read: how far each plan has got.
CREATE VIEW action_plan_fact AS
SELECT p.id AS plan_id,
       p.approved_on,
       count(a.id)                                        AS actions,
       count(a.id) FILTER (WHERE a.status = 'DONE')       AS done,
       count(a.id) FILTER (WHERE a.status = 'IN_PROGRESS') AS in_progress,
       count(a.id) FILTER (WHERE a.status = 'DELAYED')    AS delayed,
       coalesce(round(avg(a.progress)), 0)                AS average_progress
FROM action_plan p
LEFT JOIN plan_action a ON a.plan_id = p.id
GROUP BY p.id, p.approved_on;

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
