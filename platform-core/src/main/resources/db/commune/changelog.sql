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

--changeset mocharaka:files-1
-- Files that modules attach to their records (forum documents, project photos, answers to information requests...),
-- kept in the commune's own schema so that it stays self-contained when it moves. Each module owns its rows by name.
CREATE TABLE stored_file (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    module        varchar(40)  NOT NULL,
    owner_id      bigint       NOT NULL,
    filename      varchar(200) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    integer      NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    content       bytea        NOT NULL,
    uploaded_by   varchar(120) NOT NULL,
    uploaded_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX stored_file_owner_idx ON stored_file (module, owner_id);

--changeset mocharaka:forums-1
-- A forum can be cancelled (kept and shown with its reason, registrations closed) and, once held, carries its results:
-- the proposals it produced (text per language, optional theme) and documents (stored_file rows, module 'forums').
ALTER TABLE forum ADD COLUMN cancelled_at timestamptz;
ALTER TABLE forum ADD COLUMN cancellation_reason jsonb;
ALTER TABLE forum ADD CONSTRAINT forum_cancellation_has_reason
    CHECK ((cancelled_at IS NULL) = (cancellation_reason IS NULL));

CREATE TABLE forum_proposal (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    forum_id    bigint       NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
    text        jsonb        NOT NULL,
    theme       jsonb,
    created_by  varchar(120) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX forum_proposal_forum_idx ON forum_proposal (forum_id, id);

-- What analytics may read: how many proposals and documents each forum produced, and whether it was cancelled.
CREATE VIEW forum_result_fact AS
SELECT f.id                                                                              AS forum_id,
       f.kind,
       f.starts_at::date                                                                 AS held_on,
       f.cancelled_at IS NOT NULL                                                        AS cancelled,
       (SELECT count(*) FROM forum_proposal p WHERE p.forum_id = f.id)                   AS proposals,
       (SELECT count(*) FROM stored_file s WHERE s.module = 'forums' AND s.owner_id = f.id) AS documents
FROM forum f;

--changeset mocharaka:delegates-1
-- An election may name the neighbourhood committee its elected delegates join when it closes; and people checked in
-- at the door without an account vote through staff, once: their ballot is keyed by the attendance record instead of
-- an account, under its own unique key.
ALTER TABLE delegate_election ADD COLUMN committee_body_id bigint REFERENCES advisory_body (id);
ALTER TABLE delegate_ballot ALTER COLUMN voter DROP NOT NULL;
ALTER TABLE delegate_ballot ADD COLUMN attendance_id bigint REFERENCES forum_attendance (id);
ALTER TABLE delegate_ballot ADD COLUMN recorded_by varchar(120);
ALTER TABLE delegate_ballot ADD CONSTRAINT delegate_ballot_one_voter_kind
    CHECK ((voter IS NULL) <> (attendance_id IS NULL) AND (attendance_id IS NULL OR recorded_by IS NOT NULL));
ALTER TABLE delegate_ballot ADD CONSTRAINT delegate_ballot_one_per_attendance UNIQUE (election_id, attendance_id);

--changeset mocharaka:pages-1
-- Static pages become editable by the commune: a page is shown publicly (and linked from every page) only once published.
ALTER TABLE static_page ADD COLUMN published boolean NOT NULL DEFAULT false;
ALTER TABLE static_page ADD COLUMN updated_by varchar(120);
--changeset mocharaka:surveys-1
-- Satisfaction surveys on the commune's services. A survey is edited while DRAFT (or launched but not yet open);
-- answers are accepted only between opens_on and closes_on (inclusive) unless staff closed it earlier.
CREATE TABLE survey (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_code         varchar(40)  NOT NULL,
    title                jsonb        NOT NULL,
    intro                jsonb        NOT NULL,
    respondents          varchar(20)  NOT NULL CHECK (respondents IN ('ANYONE', 'VERIFIED_RESIDENTS')),
    opens_on             date         NOT NULL,
    closes_on            date         NOT NULL,
    status               varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'LAUNCHED', 'CLOSED')),
    closed_on            date,
    results_published_on date,
    created_by           varchar(120) NOT NULL,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    version              bigint       NOT NULL DEFAULT 0,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX survey_service_idx ON survey (service_code);
CREATE TABLE survey_question (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    survey_id  bigint      NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    position   integer     NOT NULL,
    kind       varchar(10) NOT NULL CHECK (kind IN ('SCALE', 'CHOICE', 'TEXT')),
    prompt     jsonb       NOT NULL
);
CREATE INDEX survey_question_survey_idx ON survey_question (survey_id, position);
CREATE TABLE survey_option (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    question_id bigint  NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    label       jsonb   NOT NULL
);
CREATE INDEX survey_option_question_idx ON survey_option (question_id, position);
-- One row per form, online or paper. A signed answer carries the verified resident's CIN hash (never the CIN), and
-- the unique key makes "one verified person, one answer per survey" hold however many requests arrive at once. An
-- anonymous answer carries no account and no hash at all. Gender, age band and disability only with consent.
-- Ids are BY DEFAULT so that a bulk entry can reserve them from the sequence and insert answers in one round trip.
CREATE TABLE survey_response (
    id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    survey_id    bigint       NOT NULL REFERENCES survey (id),
    channel      varchar(10)  NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    signed       boolean      NOT NULL DEFAULT false,
    cin_hash     char(64),
    cin_last3    char(3),
    username     varchar(120),
    responded_on date         NOT NULL,
    gender       varchar(10)  CHECK (gender IN ('WOMAN', 'MAN')),
    age_band     varchar(20)  CHECK (age_band IN ('UNDER_18', 'FROM_18_TO_35', 'FROM_36_TO_59', 'FROM_60')),
    disability   boolean,
    entered_by   varchar(120),
    recorded_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (survey_id, cin_hash),
    CHECK (signed OR (cin_hash IS NULL AND username IS NULL)),
    CHECK (channel = 'ONLINE' OR (NOT signed AND entered_by IS NOT NULL))
);
CREATE INDEX survey_response_survey_idx ON survey_response (survey_id);
CREATE INDEX survey_response_username_idx ON survey_response (username) WHERE username IS NOT NULL;
CREATE TABLE survey_answer (
    id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    response_id   bigint   NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
    question_id   bigint   NOT NULL REFERENCES survey_question (id),
    scale_value   smallint CHECK (scale_value BETWEEN 1 AND 5),
    option_id     bigint   REFERENCES survey_option (id),
    text_value    text,
    hidden_reason varchar(500),
    hidden_by     varchar(120),
    hidden_at     timestamptz,
    UNIQUE (response_id, question_id),
    CHECK (num_nonnulls(scale_value, option_id, text_value) = 1)
);
CREATE INDEX survey_answer_question_idx ON survey_answer (question_id);
-- Analytics facts (docs/analytics-facts.md): responses per service and month, and the sum and count of 1-5 answers
-- so the roll-up can compute means. Never a text, an account or a hash.
CREATE VIEW surveys_monthly_fact AS
SELECT CAST('surveys.responses' AS text) AS indicator, CAST(s.service_code AS text) AS dimension,
       CAST(date_trunc('month', r.responded_on) AS date) AS month, CAST(count(*) AS numeric) AS amount
  FROM survey_response r JOIN survey s ON s.id = r.survey_id
 GROUP BY 2, 3
UNION ALL
SELECT CAST('surveys.score.sum' AS text), CAST(s.service_code AS text),
       CAST(date_trunc('month', r.responded_on) AS date), CAST(sum(a.scale_value) AS numeric)
  FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
 WHERE a.scale_value IS NOT NULL
 GROUP BY 2, 3
UNION ALL
SELECT CAST('surveys.score.count' AS text), CAST(s.service_code AS text),
       CAST(date_trunc('month', r.responded_on) AS date), CAST(count(*) AS numeric)
  FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
 WHERE a.scale_value IS NOT NULL
 GROUP BY 2, 3;
--changeset mocharaka:information-1
-- Access-to-information requests under law 31-13. A request keeps the least the law needs to answer (a name, one way
-- to reach the requester, what is asked); an identity number only as the residence module's keyed hash + last 3.
-- The deadline is computed on the commune's working-day calendar when the request is filed (and when it is extended
-- once), and stored, so the date the requester was given on the receipt never moves when the calendar is edited.
CREATE TABLE info_holiday (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day         date         NOT NULL UNIQUE,
    name        jsonb        NOT NULL,
    kind        varchar(12)  NOT NULL CHECK (kind IN ('NATIONAL', 'RELIGIOUS', 'LOCAL')),
    updated_by  varchar(120) NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE TABLE info_request (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracking_code      varchar(20)  NOT NULL UNIQUE,
    -- One key per form shown: a double click or a hundred simultaneous posts of one form file one request.
    submission_key     varchar(40)  NOT NULL UNIQUE,
    channel            varchar(10)  NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER')),
    requester_account  varchar(120),
    requester_name     varchar(160),
    contact_email      varchar(200),
    contact_phone      varchar(40),
    contact_address    varchar(400),
    cin_hash           char(64),
    cin_last3          char(3),
    subject            varchar(200) NOT NULL,
    details            text         NOT NULL,
    urgent             boolean      NOT NULL DEFAULT false,
    urgent_reason      text,
    filed_on           date         NOT NULL,
    first_due_on       date         NOT NULL,
    due_on             date         NOT NULL,
    extended_on        date,
    extension_reason   text,
    status             varchar(20)  NOT NULL CHECK (status IN ('RECEIVED', 'EXTENDED', 'ANSWERED', 'PARTLY_ANSWERED', 'REFUSED')),
    decided_on         date,
    answer_text        text,
    refusal_ground     varchar(40),
    anonymised         boolean      NOT NULL DEFAULT false,
    created_by         varchar(120) NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT info_request_contact CHECK (anonymised
        OR (requester_name IS NOT NULL AND (contact_email IS NOT NULL OR contact_phone IS NOT NULL OR contact_address IS NOT NULL))),
    CONSTRAINT info_request_urgent_reason CHECK (NOT urgent OR urgent_reason IS NOT NULL),
    CONSTRAINT info_request_cin_pair CHECK ((cin_hash IS NULL) = (cin_last3 IS NULL)),
    CONSTRAINT info_request_extension CHECK ((extended_on IS NULL) = (extension_reason IS NULL)),
    CONSTRAINT info_request_decision CHECK ((status IN ('RECEIVED', 'EXTENDED')) = (decided_on IS NULL)),
    CONSTRAINT info_request_refusal_ground CHECK (status NOT IN ('REFUSED', 'PARTLY_ANSWERED') OR refusal_ground IS NOT NULL)
);
CREATE INDEX info_request_status_idx ON info_request (status, due_on);
CREATE INDEX info_request_account_idx ON info_request (requester_account);
CREATE TABLE info_request_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id   bigint       NOT NULL REFERENCES info_request (id),
    status       varchar(20)  NOT NULL,
    happened_on  date         NOT NULL,
    note         text,
    actor        varchar(120) NOT NULL,
    recorded_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX info_request_event_request_idx ON info_request_event (request_id, id);
-- Proactive publication (law 31-13, art. 10): what the commune publishes without being asked.
CREATE TABLE info_publication (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         jsonb        NOT NULL,
    category      varchar(30)  NOT NULL,
    published_on  date         NOT NULL,
    external_url  varchar(500),
    created_by    varchar(120) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX info_publication_date_idx ON info_publication (published_on DESC, id DESC);
-- Morocco's fixed national holidays 2025-2027 and the religious holidays of 2025-2026 as dated rows. Religious dates
-- follow the lunar calendar and are announced by the Ministry of Habous shortly before: these are the expected dates,
-- which the commune administrator corrects in the staff area. 31 October (Unity Day) was declared a national holiday
-- in 2025, so it starts in 2026.
INSERT INTO info_holiday (day, kind, name, updated_by)
SELECT d.day, d.kind, jsonb_build_object('ar', d.ar, 'fr', d.fr, 'en', d.en), 'migration'
FROM (VALUES
    ('-01-01', 'NATIONAL', 'رأس السنة الميلادية', 'Nouvel An', 'New Year''s Day'),
    ('-01-11', 'NATIONAL', 'ذكرى تقديم وثيقة المطالبة بالاستقلال', 'Manifeste de l''Indépendance', 'Independence Manifesto Day'),
    ('-01-14', 'NATIONAL', 'رأس السنة الأمازيغية', 'Nouvel An amazigh', 'Amazigh New Year'),
    ('-05-01', 'NATIONAL', 'عيد الشغل', 'Fête du Travail', 'Labour Day'),
    ('-07-30', 'NATIONAL', 'عيد العرش', 'Fête du Trône', 'Throne Day'),
    ('-08-14', 'NATIONAL', 'ذكرى استرجاع إقليم وادي الذهب', 'Allégeance d''Oued Eddahab', 'Oued Ed-Dahab Day'),
    ('-08-20', 'NATIONAL', 'ذكرى ثورة الملك والشعب', 'Révolution du Roi et du Peuple', 'Revolution of the King and the People'),
    ('-08-21', 'NATIONAL', 'عيد الشباب', 'Fête de la Jeunesse', 'Youth Day'),
    ('-11-06', 'NATIONAL', 'ذكرى المسيرة الخضراء', 'Marche verte', 'Green March Day'),
    ('-11-18', 'NATIONAL', 'عيد الاستقلال', 'Fête de l''Indépendance', 'Independence Day')
) AS f (month_day, kind, ar, fr, en)
CROSS JOIN (VALUES (2025), (2026), (2027)) AS y (year)
CROSS JOIN LATERAL (SELECT CAST(y.year || f.month_day AS date) AS day, f.kind, f.ar, f.fr, f.en) AS d
UNION ALL
SELECT CAST(r.day AS date), 'RELIGIOUS', jsonb_build_object('ar', r.ar, 'fr', r.fr, 'en', r.en), 'migration'
FROM (VALUES
    ('2025-03-31', 'عيد الفطر', 'Aïd al-Fitr', 'Eid al-Fitr'),
    ('2025-04-01', 'عيد الفطر (اليوم الثاني)', 'Aïd al-Fitr (2e jour)', 'Eid al-Fitr (second day)'),
    ('2025-06-07', 'عيد الأضحى', 'Aïd al-Adha', 'Eid al-Adha'),
    ('2025-06-08', 'عيد الأضحى (اليوم الثاني)', 'Aïd al-Adha (2e jour)', 'Eid al-Adha (second day)'),
    ('2025-06-27', 'فاتح محرم', 'Nouvel An de l''Hégire', 'Islamic New Year'),
    ('2025-09-05', 'عيد المولد النبوي', 'Aïd al-Mawlid', 'Mawlid'),
    ('2025-09-06', 'عيد المولد النبوي (اليوم الثاني)', 'Aïd al-Mawlid (2e jour)', 'Mawlid (second day)'),
    ('2026-03-20', 'عيد الفطر', 'Aïd al-Fitr', 'Eid al-Fitr'),
    ('2026-03-21', 'عيد الفطر (اليوم الثاني)', 'Aïd al-Fitr (2e jour)', 'Eid al-Fitr (second day)'),
    ('2026-05-27', 'عيد الأضحى', 'Aïd al-Adha', 'Eid al-Adha'),
    ('2026-05-28', 'عيد الأضحى (اليوم الثاني)', 'Aïd al-Adha (2e jour)', 'Eid al-Adha (second day)'),
    ('2026-06-17', 'فاتح محرم', 'Nouvel An de l''Hégire', 'Islamic New Year'),
    ('2026-08-26', 'عيد المولد النبوي', 'Aïd al-Mawlid', 'Mawlid'),
    ('2026-08-27', 'عيد المولد النبوي (اليوم الثاني)', 'Aïd al-Mawlid (2e jour)', 'Mawlid (second day)')
) AS r (day, ar, fr, en)
UNION ALL
SELECT CAST(u.day AS date), 'NATIONAL', jsonb_build_object('ar', 'عيد الوحدة', 'fr', 'Fête de l''Unité', 'en', 'Unity Day'), 'migration'
FROM (VALUES ('2026-10-31'), ('2027-10-31')) AS u (day);
-- Analytics facts (docs/analytics-facts.md). Answers count in the month they were given, on time or late against
-- the (possibly extended) deadline; an implicit refusal counts in the month of the last day of the deadline, once
-- that day has passed with no decision by then (decided later or not at all).
CREATE VIEW information_monthly_fact AS
SELECT 'information.requests' AS indicator, '' AS dimension,
       CAST(date_trunc('month', filed_on) AS date) AS month, count(*)::numeric AS amount
FROM info_request GROUP BY 3
UNION ALL
SELECT 'information.answered.on_time', '', CAST(date_trunc('month', decided_on) AS date), count(*)::numeric
FROM info_request WHERE status IN ('ANSWERED', 'PARTLY_ANSWERED') AND decided_on <= due_on GROUP BY 3
UNION ALL
SELECT 'information.answered.late', '', CAST(date_trunc('month', decided_on) AS date), count(*)::numeric
FROM info_request WHERE status IN ('ANSWERED', 'PARTLY_ANSWERED') AND decided_on > due_on GROUP BY 3
UNION ALL
SELECT 'information.refused', '', CAST(date_trunc('month', decided_on) AS date), count(*)::numeric
FROM info_request WHERE status = 'REFUSED' GROUP BY 3
UNION ALL
SELECT 'information.implicit_refusals', '', CAST(date_trunc('month', due_on) AS date), count(*)::numeric
FROM info_request WHERE due_on < current_date AND (decided_on IS NULL OR decided_on > due_on) GROUP BY 3;
--changeset mocharaka:privacy-1
-- How long this commune keeps each kind of personal data before the nightly purge anonymises or deletes it (law
-- 09-08, art. 3: no longer than the purpose needs). A category without a row uses the platform's default
-- (docs/privacy.md); the categories themselves are declared by the modules, so no list is fixed here.
CREATE TABLE retention_setting (
    category    varchar(40)  PRIMARY KEY CHECK (category ~ '^[A-Z][A-Z_]{1,38}[A-Z]$'),
    months      integer      NOT NULL CHECK (months BETWEEN 1 AND 240),
    updated_by  varchar(120) NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

--changeset mocharaka:electoral-1
-- The commune's electoral list, imported by staff for matching residents. Neither the file nor the CINs are kept:
-- each CIN is fingerprinted on reading (keyed hash + last three, as verified_resident), and the name only as a
-- hash of the fingerprint and the normalised name, enough to confirm a name typed by the citizen.
CREATE TABLE electoral_list_entry (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cin_hash       char(64)     NOT NULL UNIQUE,
    cin_last3      char(3)      NOT NULL,
    name_check     char(64)     NOT NULL,
    birth_year     smallint     CHECK (birth_year BETWEEN 1900 AND 2100),
    neighbourhood  varchar(120),
    imported_at    timestamptz  NOT NULL DEFAULT now()
);
-- Failed matching attempts, so nobody can try CINs against the list at will; kept a day, erased with the account.
CREATE TABLE electoral_match_attempt (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(120) NOT NULL,
    attempted_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX electoral_match_attempt_user_idx ON electoral_match_attempt (username, attempted_at);
ALTER TABLE verified_resident ADD COLUMN method varchar(20) NOT NULL DEFAULT 'OFFICE'
    CHECK (method IN ('OFFICE', 'ELECTORAL_LIST'));
--changeset mocharaka:budget-1
-- Participatory budget. A cycle's phase is never stored: it follows from the seven start dates and today, so the
-- vote closes by itself when the results phase starts. Amounts are whole dirhams.
-- The office verification may now record the resident's year of birth, for the minimum voting age of a cycle.
ALTER TABLE verified_resident ADD COLUMN birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100);

CREATE TABLE budget_cycle (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                varchar(200)  NOT NULL,
    description          text          NOT NULL,
    rule                 varchar(10)   NOT NULL CHECK (rule IN ('APPROVAL', 'KNAPSACK')),
    budget_mad           bigint        NOT NULL CHECK (budget_mad > 0),
    max_choices          integer       CHECK (max_choices IS NULL OR max_choices >= 1),
    min_age              integer       CHECK (min_age IS NULL OR min_age BETWEEN 1 AND 120),
    information_from     date          NOT NULL,
    proposals_from       date          NOT NULL,
    delegates_from       date          NOT NULL,
    review_from          date          NOT NULL,
    vote_from            date          NOT NULL,
    results_from         date          NOT NULL,
    implementation_from  date          NOT NULL,
    results_published_at timestamptz,
    created_by           varchar(120)  NOT NULL,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    version              bigint        NOT NULL DEFAULT 0,
    CHECK (information_from <= proposals_from AND proposals_from <= delegates_from AND delegates_from <= review_from
           AND review_from <= vote_from AND vote_from < results_from AND results_from <= implementation_from),
    CHECK (rule <> 'APPROVAL' OR max_choices IS NOT NULL)
);

-- A proposal, online by a citizen or entered by staff from a forum; the feasibility review keeps its reasons.
CREATE TABLE budget_project (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cycle_id      bigint        NOT NULL REFERENCES budget_cycle (id),
    title         varchar(200)  NOT NULL,
    description   text          NOT NULL,
    neighbourhood varchar(120),
    source        varchar(10)   NOT NULL CHECK (source IN ('ONLINE', 'FORUM')),
    author        varchar(120),
    entered_by    varchar(120)  NOT NULL,
    submitted_at  timestamptz   NOT NULL DEFAULT now(),
    status        varchar(10)   NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'FEASIBLE', 'REJECTED')),
    cost_mad      bigint        CHECK (cost_mad IS NULL OR cost_mad > 0),
    review_reason text,
    reviewed_by   varchar(120),
    reviewed_at   timestamptz,
    votes         integer,
    selected      boolean       NOT NULL DEFAULT false,
    result_rank   integer,
    progress      integer       NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    version       bigint        NOT NULL DEFAULT 0,
    CHECK (status <> 'FEASIBLE' OR cost_mad IS NOT NULL),
    CHECK (status <> 'REJECTED' OR review_reason IS NOT NULL)
);
CREATE INDEX budget_project_cycle ON budget_project (cycle_id);

CREATE TABLE budget_milestone (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  bigint        NOT NULL REFERENCES budget_project (id),
    title       varchar(200)  NOT NULL,
    due_on      date,
    done_on     date,
    created_by  varchar(120)  NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX budget_milestone_project ON budget_milestone (project_id);

-- One ballot per verified person and cycle, online or on paper: the unique key decides, not a check in code.
-- The chosen projects are one array in the row, so casting or changing a ballot is a single statement.
CREATE TABLE budget_ballot (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cycle_id     bigint        NOT NULL REFERENCES budget_cycle (id),
    cin_hash     char(64)      NOT NULL,
    cin_last3    char(3)       NOT NULL,
    channel      varchar(10)   NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    username     varchar(120),
    entered_by   varchar(120)  NOT NULL,
    project_ids  bigint[]      NOT NULL CHECK (cardinality(project_ids) >= 1),
    total_mad    bigint        NOT NULL,
    cast_at      timestamptz   NOT NULL DEFAULT now(),
    changed_at   timestamptz   NOT NULL DEFAULT now(),
    changes      integer       NOT NULL DEFAULT 0,
    CONSTRAINT budget_ballot_one_per_person UNIQUE (cycle_id, cin_hash)
);
CREATE INDEX budget_ballot_username ON budget_ballot (username);

-- What analytics may read (docs/analytics-facts.md): counts by month, breakdowns only from consented profiles.
CREATE VIEW budget_monthly_fact AS
SELECT 'budget.proposals' AS indicator, '' AS dimension,
       CAST(date_trunc('month', p.submitted_at) AS date) AS month, count(*)::numeric AS amount
FROM budget_project p GROUP BY 3
UNION ALL
SELECT 'budget.proposals.reviewed', '', CAST(date_trunc('month', p.reviewed_at) AS date), count(*)::numeric
FROM budget_project p WHERE p.status IN ('FEASIBLE', 'REJECTED') GROUP BY 3
UNION ALL
SELECT 'budget.proposals.feasible', '', CAST(date_trunc('month', p.reviewed_at) AS date), count(*)::numeric
FROM budget_project p WHERE p.status = 'FEASIBLE' GROUP BY 3
UNION ALL
SELECT 'budget.ballots', '', CAST(date_trunc('month', b.cast_at) AS date), count(*)::numeric
FROM budget_ballot b GROUP BY 3
UNION ALL
SELECT 'budget.ballots.women', '', CAST(date_trunc('month', b.cast_at) AS date), count(*)::numeric
FROM budget_ballot b JOIN citizen_profile c ON c.account = b.username
WHERE c.inclusion_consent AND c.gender = 'WOMAN' GROUP BY 3
UNION ALL
SELECT 'budget.ballots.youth', '', CAST(date_trunc('month', b.cast_at) AS date), count(*)::numeric
FROM budget_ballot b JOIN citizen_profile c ON c.account = b.username
WHERE c.inclusion_consent AND c.age_band = 'FROM_18_TO_35' GROUP BY 3
UNION ALL
SELECT 'budget.ballots.disability', '', CAST(date_trunc('month', b.cast_at) AS date), count(*)::numeric
FROM budget_ballot b JOIN citizen_profile c ON c.account = b.username
WHERE c.inclusion_consent AND c.disability GROUP BY 3
UNION ALL
SELECT 'budget.projects.selected', '', CAST(date_trunc('month', c.results_published_at) AS date), count(*)::numeric
FROM budget_project p JOIN budget_cycle c ON c.id = p.cycle_id
WHERE p.selected AND c.results_published_at IS NOT NULL GROUP BY 3
UNION ALL
SELECT 'budget.projects.progress.sum', '', CAST(date_trunc('month', c.results_published_at) AS date), sum(p.progress)::numeric
FROM budget_project p JOIN budget_cycle c ON c.id = p.cycle_id
WHERE p.selected AND c.results_published_at IS NOT NULL GROUP BY 3;
--changeset mocharaka:analytics-1
-- Monthly facts of the modules that existed before analytics (docs/analytics-facts.md): counts only, never a
-- person. Months are Morocco's calendar months. "Held" and "overdue" depend on today's date, which the roll-up's
-- periodic full sweep re-reads.
CREATE VIEW forums_monthly_fact AS
SELECT v.indicator, ''::text AS dimension, h.month, sum(v.amount)::numeric AS amount
FROM (SELECT CAST(date_trunc('month', f.held_on) AS date) AS month, f.attendees, f.women, f.youth,
             f.with_disability, f.attendees - f.inclusion_not_given AS answered
      FROM forum_participation_fact f
      WHERE f.held_on <= CAST(now() AT TIME ZONE 'Africa/Casablanca' AS date)) h
CROSS JOIN LATERAL (VALUES ('forums.events', 1::bigint),
                           ('forums.attendees', h.attendees),
                           ('forums.attendees.answered', h.answered),
                           ('forums.attendees.women', h.women),
                           ('forums.attendees.youth', h.youth),
                           ('forums.attendees.disability', h.with_disability)) AS v(indicator, amount)
GROUP BY v.indicator, h.month;

-- A consultation has one synthesis, not one answer per contribution: a visible contribution counts as answered
-- once the synthesis of its consultation is published. Contributions hidden by moderation are not counted.
CREATE VIEW consultations_monthly_fact AS
SELECT v.indicator, ''::text AS dimension, k.month, sum(v.amount)::numeric AS amount
FROM (SELECT CAST(date_trunc('month', c.created_at AT TIME ZONE 'Africa/Casablanca') AS date) AS month,
             CASE WHEN con.synthesised_on IS NOT NULL THEN 1 ELSE 0 END AS answered
      FROM consultation_contribution c
      JOIN consultation_section s ON s.id = c.section_id
      JOIN consultation con ON con.id = s.consultation_id
      WHERE c.hidden_reason IS NULL) k
CROSS JOIN LATERAL (VALUES ('consultations.contributions', 1),
                           ('consultations.contributions.answered', k.answered)) AS v(indicator, amount)
GROUP BY v.indicator, k.month;

-- petitions.decision.days is a histogram (see the contract): the dimension is a number of days from submission to
-- the decision (the bureau's rejection or the council's vote), the amount how many decisions took that long, so
-- the median of any period is exact and the rows stay additive.
CREATE VIEW petitions_monthly_fact AS
SELECT 'petitions.submitted' AS indicator, ''::text AS dimension,
       CAST(date_trunc('month', submitted_on) AS date) AS month, count(*)::numeric AS amount
FROM petition WHERE submitted_on IS NOT NULL GROUP BY 3
UNION ALL
SELECT 'petitions.admissible', '', CAST(date_trunc('month', admissibility_on) AS date), count(*)
FROM petition WHERE status IN ('ON_AGENDA', 'ACCEPTED', 'DECLINED') AND admissibility_on IS NOT NULL GROUP BY 3
UNION ALL
SELECT 'petitions.accepted', '', CAST(date_trunc('month', decision_on) AS date), count(*)
FROM petition WHERE status = 'ACCEPTED' AND decision_on IS NOT NULL GROUP BY 3
UNION ALL
SELECT 'petitions.decided', '', CAST(date_trunc('month', decision_on) AS date), count(*)
FROM petition WHERE status IN ('REJECTED', 'ACCEPTED', 'DECLINED') AND decision_on IS NOT NULL GROUP BY 3
UNION ALL
SELECT 'petitions.decision.days', CAST(decision_on - submitted_on AS text),
       CAST(date_trunc('month', decision_on) AS date), count(*)
FROM petition WHERE status IN ('REJECTED', 'ACCEPTED', 'DECLINED') AND decision_on IS NOT NULL
                AND submitted_on IS NOT NULL GROUP BY 2, 3
UNION ALL
-- Overdue as PetitionClock says: no answer three months after submission, or a session ended without a decision.
-- The month is the month the deadline passed; summing up to a period's end gives the petitions overdue now.
SELECT 'petitions.overdue', '', CAST(date_trunc('month', due) AS date), count(*)
FROM (SELECT CASE WHEN status = 'SUBMITTED' THEN CAST(submitted_on + interval '3 months' AS date)
                  ELSE CAST(session_month + interval '1 month' - interval '1 day' AS date) END AS due
      FROM petition
      WHERE (status = 'SUBMITTED' AND submitted_on IS NOT NULL
             AND CAST(now() AT TIME ZONE 'Africa/Casablanca' AS date) > CAST(submitted_on + interval '3 months' AS date))
         OR (status = 'ON_AGENDA' AND session_month IS NOT NULL
             AND CAST(now() AT TIME ZONE 'Africa/Casablanca' AS date)
                 > CAST(session_month + interval '1 month' - interval '1 day' AS date))) late
GROUP BY 3;

CREATE VIEW bodies_monthly_fact AS
SELECT 'bodies.opinions.submitted' AS indicator, ''::text AS dimension,
       CAST(date_trunc('month', submitted_on) AS date) AS month, count(*)::numeric AS amount
FROM advisory_opinion WHERE submitted_on IS NOT NULL GROUP BY 3
UNION ALL
SELECT 'bodies.opinions.answered', '', CAST(date_trunc('month', answered_on) AS date), count(*)
FROM advisory_opinion WHERE answered_on IS NOT NULL GROUP BY 3;
--rollback DROP VIEW bodies_monthly_fact, petitions_monthly_fact, consultations_monthly_fact, forums_monthly_fact;
--changeset mocharaka:analytics-2
-- information_monthly_fact (information-1) decided "the deadline has passed" with current_date, the date in the
-- database session's zone (UTC on the servers): between midnight in Morocco and midnight UTC a request due the day
-- before was not yet counted as implicitly refused. Days are Morocco's, as everywhere else on the platform.
CREATE OR REPLACE VIEW information_monthly_fact AS
SELECT 'information.requests' AS indicator, '' AS dimension,
       CAST(date_trunc('month', filed_on) AS date) AS month, count(*)::numeric AS amount
FROM info_request GROUP BY 3
UNION ALL
SELECT 'information.answered.on_time', '', CAST(date_trunc('month', decided_on) AS date), count(*)::numeric
FROM info_request WHERE status IN ('ANSWERED', 'PARTLY_ANSWERED') AND decided_on <= due_on GROUP BY 3
UNION ALL
SELECT 'information.answered.late', '', CAST(date_trunc('month', decided_on) AS date), count(*)::numeric
FROM info_request WHERE status IN ('ANSWERED', 'PARTLY_ANSWERED') AND decided_on > due_on GROUP BY 3
UNION ALL
SELECT 'information.refused', '', CAST(date_trunc('month', decided_on) AS date), count(*)::numeric
FROM info_request WHERE status = 'REFUSED' GROUP BY 3
UNION ALL
SELECT 'information.implicit_refusals', '', CAST(date_trunc('month', due_on) AS date), count(*)::numeric
FROM info_request WHERE due_on < CAST(now() AT TIME ZONE 'Africa/Casablanca' AS date)
                    AND (decided_on IS NULL OR decided_on > due_on) GROUP BY 3;
--changeset mocharaka:information-2
-- The register is read a page at a time, newest filing first then newest id: the index gives a page without sorting
-- every request the commune ever received.
CREATE INDEX info_request_register_idx ON info_request (filed_on DESC, id DESC);
--rollback DROP INDEX info_request_register_idx;
