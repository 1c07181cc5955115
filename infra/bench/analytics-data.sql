-- Data of the analytics benchmark (infra/bench/analytics): :n communes, of which 3 are real schemas (ACTIVE, migrated
-- by the app at its next start) and the others carry 22 months of facts written straight into the shared table, the
-- way the roll-up writes them (months, quarters and years; stocks with their running total).
INSERT INTO platform.program (code, name_ar, name_fr) VALUES ('bench', 'برنامج', 'Programme');
INSERT INTO platform.commune (slug, schema_name, name_ar, name_fr, region, province, population, kind, status)
SELECT 'gen-' || g, 'commune_gen_' || g, 'جماعة ' || g, 'Commune ' || g, 'Région ' || (g % 12), 'Province ' || (g % 75),
       3000 + (g * 137) % 300000, CASE WHEN g % 3 = 0 THEN 'URBAN' ELSE 'RURAL' END, 'REGISTERED'
FROM generate_series(1, :n - 3) g;
INSERT INTO platform.commune (slug, schema_name, name_ar, name_fr, region, province, population, kind, status)
SELECT 'real-' || g, 'commune_real_' || g, 'جماعة حقيقية ' || g, 'Commune réelle ' || g, 'Région 1', 'Province 1', 25000,
       'URBAN', 'ACTIVE'
FROM generate_series(1, 3) g;
INSERT INTO platform.program_enrolment (program_id, commune_id, cohort)
SELECT p.id, c.id, CASE WHEN c.id % 5 = 0 THEN 'PILOT' ELSE 'PARTNER' END FROM platform.program p, platform.commune c;

CREATE TEMP TABLE bench_month AS
SELECT c.id AS commune_id, f.code AS indicator,
       CASE WHEN f.code = 'petitions.decision.days' THEN CAST(10 + (c.id * 7 + d) % 120 AS text) ELSE '' END AS dimension,
       CAST(mo AS date) AS month,
       CAST(f.base + (c.id + extract(month FROM mo)::int + d) % 7 AS numeric) AS amount
FROM platform.commune c
CROSS JOIN (VALUES ('onboarding.steps.total', 0), ('onboarding.steps.done', 0), ('onboarding.steps.late', 0),
                   ('trainings.sessions', 1), ('trainings.participants', 30), ('trainings.participants.counted', 25),
                   ('trainings.participants.women', 8), ('trainings.participants.youth', 7),
                   ('trainings.participants.disability', 1), ('forums.events', 1), ('forums.attendees', 60),
                   ('forums.attendees.answered', 40), ('forums.attendees.women', 14), ('forums.attendees.youth', 12),
                   ('forums.attendees.disability', 2), ('consultations.contributions', 20),
                   ('consultations.contributions.answered', 9), ('petitions.submitted', 1), ('petitions.admissible', 0),
                   ('petitions.accepted', 0), ('petitions.decided', 0), ('petitions.decision.days', 0),
                   ('petitions.overdue', 0), ('bodies.opinions.submitted', 0), ('bodies.opinions.answered', 0)) AS f(code, base)
CROSS JOIN generate_series(DATE '2025-01-01', DATE '2026-10-01', interval '1 month') mo
CROSS JOIN LATERAL generate_series(1, CASE WHEN f.code = 'petitions.decision.days' THEN 3 ELSE 1 END) d
WHERE c.slug LIKE 'gen-%';

INSERT INTO platform.commune_indicator (commune_id, source, indicator, dimension, period_kind, period_start, amount, cumulative)
SELECT commune_id, CASE WHEN indicator LIKE 'onboarding.%' OR indicator LIKE 'trainings.%' THEN 'P' ELSE 'C' END,
       indicator, dimension, 'M', month, amount,
       CASE WHEN indicator IN ('onboarding.steps.total', 'onboarding.steps.done', 'onboarding.steps.late', 'petitions.overdue')
            THEN sum(amount) OVER (PARTITION BY commune_id, indicator, dimension ORDER BY month) END
FROM bench_month;
INSERT INTO platform.commune_indicator (commune_id, source, indicator, dimension, period_kind, period_start, amount, cumulative)
SELECT commune_id, source, indicator, dimension, k.kind, CAST(date_trunc(k.unit, period_start) AS date), sum(amount), max(cumulative)
FROM platform.commune_indicator CROSS JOIN (VALUES ('Q', 'quarter'), ('Y', 'year')) AS k(kind, unit)
WHERE period_kind = 'M'
GROUP BY commune_id, source, indicator, dimension, k.kind, CAST(date_trunc(k.unit, period_start) AS date);
ANALYZE platform.commune_indicator;

-- The values the roll-up computes per commune and period (one jsonb row each, every indicator present), which is
-- what the pages read.
INSERT INTO platform.commune_indicator_value (commune_id, period_kind, period_start, "values")
SELECT p.commune_id, p.period_kind, p.period_start,
       (SELECT jsonb_object_agg(i.code, round(CAST(((p.commune_id * 31 + i.position) % 997) / 9.97 AS numeric), 1))
        FROM platform.analytics_indicator i)
FROM (SELECT DISTINCT commune_id, period_kind, period_start FROM platform.commune_indicator) p;
ANALYZE platform.commune_indicator_value;
