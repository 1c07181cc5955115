package ma.mocharaka.admin.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import ma.mocharaka.admin.activities.Activities;
import ma.mocharaka.admin.activities.Inclusion;
import ma.mocharaka.admin.onboarding.OnboardingStep;
import ma.mocharaka.admin.onboarding.OnboardingSteps;
import ma.mocharaka.admin.onboarding.StepReporting;
import ma.mocharaka.admin.onboarding.StepStatus;

/** Where every commune of a program stands: the communes × steps matrix, what is overdue or coming, inclusion. */
@Service
public class ProgramDashboard {

    /** How far ahead "upcoming" looks. */
    static final int UPCOMING_DAYS = 60;

    private final ProgramRepository programs;
    private final OnboardingSteps steps;
    private final Activities activities;
    private final StepReporting reporting;

    ProgramDashboard(ProgramRepository programs, OnboardingSteps steps, Activities activities,
                     StepReporting reporting) {
        this.programs = programs;
        this.steps = steps;
        this.activities = activities;
        this.reporting = reporting;
    }

    public Dashboard of(Program program, Filter filter) {
        LocalDate today = reporting.today();
        List<Enrolment> enrolments = programs.enrolments(program).stream().filter(filter::accepts).toList();
        Map<Long, List<OnboardingStep>> byCommune = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>();
        for (OnboardingStep step : steps.ofProgram(program.code())) {
            byCommune.computeIfAbsent(step.communeId(), id -> new ArrayList<>()).add(step);
            if (columns.stream().noneMatch(c -> c.templateId() == step.templateId())) {
                columns.add(new Column(step.templateId(), step.position(), step));
            }
        }
        columns.sort(java.util.Comparator.comparingInt(Column::position));
        Map<Long, Inclusion> inclusion = activities.inclusionByCommune(program.code());
        List<Row> rows = new ArrayList<>();
        List<OnboardingStep> overdue = new ArrayList<>();
        List<OnboardingStep> upcoming = new ArrayList<>();
        for (Enrolment enrolment : enrolments) {
            List<OnboardingStep> cells = byCommune.getOrDefault(enrolment.commune().id(), List.of());
            long done = cells.stream().filter(s -> s.status(today) == StepStatus.DONE).count();
            rows.add(new Row(enrolment, cells, done,
                    inclusion.getOrDefault(enrolment.commune().id(), Inclusion.NONE)));
            for (OnboardingStep cell : cells) {
                StepStatus status = cell.status(today);
                if (status == StepStatus.LATE) {
                    overdue.add(cell);
                } else if (status != StepStatus.DONE && cell.dueOn() != null && !cell.dueOn().isBefore(today)
                        && !cell.dueOn().isAfter(today.plusDays(UPCOMING_DAYS))) {
                    upcoming.add(cell);
                }
            }
        }
        overdue.sort(java.util.Comparator.comparing(OnboardingStep::dueOn));
        upcoming.sort(java.util.Comparator.comparing(OnboardingStep::dueOn));
        return new Dashboard(program, today, columns, rows, overdue, upcoming,
                activities.inclusionOfProgram(program.code()), programs.figures(program));
    }

    public record Filter(Enrolment.Cohort cohort, String region, String province) {

        boolean accepts(Enrolment enrolment) {
            return (cohort == null || enrolment.cohort() == cohort)
                    && (region == null || region.isBlank() || region.equals(enrolment.commune().region()))
                    && (province == null || province.isBlank() || province.equals(enrolment.commune().province()));
        }
    }

    public record Column(long templateId, int position, OnboardingStep sample) {
    }

    public record Row(Enrolment enrolment, List<OnboardingStep> cells, long done, Inclusion inclusion) {
    }

    public record Dashboard(Program program, LocalDate today, List<Column> columns, List<Row> rows,
                            List<OnboardingStep> overdue, List<OnboardingStep> upcoming, Inclusion inclusion,
                            Map<String, java.math.BigDecimal> figures) {
    }
}
