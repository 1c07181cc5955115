package ma.mocharaka.admin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.admin.activities.Activities;
import ma.mocharaka.admin.activities.Activity;
import ma.mocharaka.admin.onboarding.OnboardingSteps;
import ma.mocharaka.admin.onboarding.StepStatus;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * The program office's demo data from the domain brief: the five programs, the 12 pilot communes and Demnate in
 * Tadafor, Demnate's and Beni Mellal's onboarding records, Beni Mellal's trainings and meetings, the ISED-BMK
 * figures. Runs after the demo communes exist; adds only what is missing, so edits made in the console survive.
 */
@Component
@Profile("demo")
@Order(2)
class DemoProgramOffice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramOffice.class);
    private static final String LOADER = "demo-loader";

    private final JdbcClient jdbc;
    private final CommuneRegistry communes;
    private final OnboardingSteps steps;
    private final Activities activities;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    DemoProgramOffice(JdbcClient jdbc, CommuneRegistry communes, OnboardingSteps steps, Activities activities,
                      JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.communes = communes;
        this.steps = steps;
        this.activities = activities;
        this.json = json;
        this.transactions = transactions;
    }

    record Data(List<ProgramData> programs, List<Progress> progress, PilotKickOff pilotKickOff,
                List<ActivityData> activities, List<MilestoneData> milestones) {
    }

    /** The sources mostly give the day a milestone was reached, not the day it was planned for. */
    record MilestoneData(String program, String commune, String titleAr, String titleFr, LocalDate plannedOn,
                         LocalDate actualOn) {
    }

    record ProgramData(String code, String nameAr, String nameFr, String nameZgh, String nameEn, String funders,
                       String partners, LocalDate startsOn, LocalDate endsOn, String objectivesAr, String objectivesFr,
                       String phases, Integer targetCommunes, Map<String, BigDecimal> figures, LocalDate figuresAsOf,
                       List<StepData> steps, List<EnrolmentData> enrolments) {
    }

    record StepData(String code, String nameAr, String nameFr, String nameZgh, String nameEn) {
    }

    record EnrolmentData(String commune, String cohort, LocalDate joinedOn, String joinedBy, String focalPoint) {
    }

    record Progress(String program, String commune, List<StepProgress> steps) {
    }

    record StepProgress(String step, StepStatus status, LocalDate plannedOn, LocalDate actualOn, String achievement) {
    }

    record PilotKickOff(String program, String step, LocalDate actualOn, String achievement) {
    }

    record ActivityData(String program, Activity.Kind kind, String titleAr, String titleFr, LocalDate startsOn,
                        LocalDate endsOn, String place, String onlineLink, String organiser, String outputs,
                        List<String> communes, List<Activity.Participants> participants, Map<String, Integer> results,
                        List<Activity.AgendaItem> agenda) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Data data;
        try (InputStream in = new ClassPathResource("demo/program-office.json").getInputStream()) {
            data = json.readValue(in, Data.class);
        }
        transactions.executeWithoutResult(status -> load(data));
        log.info("Demo program office ready: {} programs, {} activities", data.programs().size(),
                data.activities().size());
    }

    private void load(Data data) {
        for (ProgramData p : data.programs()) {
            jdbc.sql("""
                    INSERT INTO platform.program (code, name_ar, name_fr, name_zgh, name_en, funders, partners, starts_on,
                                                  ends_on, objectives_ar, objectives_fr, phases, target_communes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (code) DO NOTHING""")
                    .params(p.code(), p.nameAr(), p.nameFr(), p.nameZgh(), p.nameEn(), p.funders(), p.partners(),
                            p.startsOn(), p.endsOn(), p.objectivesAr(), p.objectivesFr(), p.phases(),
                            p.targetCommunes())
                    .update();
            long programId = jdbc.sql("SELECT id FROM platform.program WHERE code = ?").param(p.code())
                    .query(Long.class).single();
            if (p.figures() != null) {
                p.figures().forEach((code, value) -> jdbc.sql("""
                                INSERT INTO platform.program_figure (program_id, code, value, as_of) VALUES (?, ?, ?, ?)
                                ON CONFLICT DO NOTHING""")
                        .params(programId, code, value, p.figuresAsOf()).update());
            }
            int position = 1;
            for (StepData step : p.steps()) {
                jdbc.sql("""
                        INSERT INTO platform.onboarding_step_template (program_id, position, code, name_ar, name_fr,
                                                                       name_zgh, name_en)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (program_id, code) DO NOTHING""")
                        .params(programId, position++, step.code(), step.nameAr(), step.nameFr(), step.nameZgh(),
                                step.nameEn())
                        .update();
            }
            for (EnrolmentData e : p.enrolments()) {
                Commune commune = commune(e.commune());
                jdbc.sql("""
                        INSERT INTO platform.program_enrolment (program_id, commune_id, cohort, joined_on, joined_by,
                                                                focal_point)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(programId, commune.id(), e.cohort(), e.joinedOn(), e.joinedBy(), e.focalPoint())
                        .update();
            }
        }
        for (Progress progress : data.progress()) {
            Commune commune = commune(progress.commune());
            for (StepProgress step : progress.steps()) {
                steps.recordValidated(templateId(progress.program(), step.step()), commune.id(), step.status(),
                        step.plannedOn(), step.actualOn(), step.achievement(), LOADER);
            }
        }
        // The online meeting of 12 October 2022 gathered the focal points of all 12 pilot communes.
        PilotKickOff kickOff = data.pilotKickOff();
        long kickOffTemplate = templateId(kickOff.program(), kickOff.step());
        jdbc.sql("""
                SELECT e.commune_id FROM platform.program_enrolment e JOIN platform.program p ON p.id = e.program_id
                WHERE p.code = ? AND e.cohort = 'PILOT'""")
                .param(kickOff.program()).query(Long.class).list()
                .forEach(communeId -> steps.recordValidated(kickOffTemplate, communeId, StepStatus.DONE, null,
                        kickOff.actualOn(), kickOff.achievement(), LOADER));
        for (ActivityData a : data.activities()) {
            if (activities.exists(a.titleFr(), a.startsOn())) {
                continue;
            }
            List<Long> communeIds = a.communes().stream().map(slug -> commune(slug).id()).toList();
            activities.create(new Activity(0, a.program(), a.kind(), a.titleAr(), a.titleFr(), a.startsOn(),
                    a.endsOn(), a.place(), a.onlineLink(), a.organiser(), a.outputs(), a.communes(),
                    a.participants() == null ? List.of() : a.participants(),
                    a.results() == null ? Map.of() : a.results(),
                    a.agenda() == null ? List.of() : a.agenda()), communeIds);
        }
        loadMilestones(data.milestones());
    }

    private void loadMilestones(List<MilestoneData> milestones) {
        for (MilestoneData m : milestones == null ? List.<MilestoneData>of() : milestones) {
            jdbc.sql("""
                    INSERT INTO platform.milestone (program_id, commune_id, title_ar, title_fr, planned_on, actual_on,
                                                    updated_by)
                    VALUES ((SELECT id FROM platform.program WHERE code = ?), ?, ?, ?, ?, ?, ?)
                    ON CONFLICT ON CONSTRAINT milestone_title_unique DO NOTHING""")
                    .params(m.program(), m.commune() == null ? null : commune(m.commune()).id(), m.titleAr(),
                            m.titleFr(), m.plannedOn(), m.actualOn(), LOADER)
                    .update();
        }
    }

    private long templateId(String program, String step) {
        return jdbc.sql("""
                SELECT t.id FROM platform.onboarding_step_template t JOIN platform.program p ON p.id = t.program_id
                WHERE p.code = ? AND t.code = ?""")
                .params(program, step).query(Long.class).single();
    }

    private Commune commune(String slug) {
        return communes.findBySlug(slug)
                .orElseThrow(() -> new IllegalStateException("Demo data names an unknown commune: " + slug));
    }
}
