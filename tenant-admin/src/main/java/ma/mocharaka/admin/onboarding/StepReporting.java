package ma.mocharaka.admin.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;

/**
 * A focal point reports, the office validates or sends back with a comment. Every change goes to the audit trail
 * with the step's state before and after.
 */
@Service
public class StepReporting {

    private final OnboardingSteps steps;
    private final EvidenceFiles evidence;
    private final AuditTrail audit;
    private final Clock clock;

    StepReporting(OnboardingSteps steps, EvidenceFiles evidence, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Message codes of what is wrong with a report, keyed by field; empty when it can be saved. */
    public List<Problem> check(StepReport report) {
        List<Problem> problems = new ArrayList<>();
        if (report.status() == StepStatus.LATE) {
            problems.add(new Problem("status", "step.error.lateIsComputed"));
        }
        if (report.status() == StepStatus.DONE && report.actualOn() == null) {
            problems.add(new Problem("actualOn", "step.error.doneNeedsDate"));
        }
        if (report.actualOn() != null && report.actualOn().isAfter(today())) {
            problems.add(new Problem("actualOn", "step.error.actualInFuture"));
        }
        if (report.status() == StepStatus.PLANNED && report.actualOn() != null) {
            problems.add(new Problem("actualOn", "step.error.plannedHasNoActualDate"));
        }
        return problems;
    }

    @Transactional
    public OnboardingStep report(OnboardingStep step, StepReport report, String actor) {
        return report(step, report, List.of(), actor);
    }

    /** The report and its evidence files are saved together or not at all. */
    @Transactional
    public OnboardingStep report(OnboardingStep step, StepReport report,
                                 List<org.springframework.web.multipart.MultipartFile> files, String actor) {
        if (!check(report).isEmpty()) {
            throw new IllegalArgumentException("Report not valid: " + check(report));
        }
        for (var file : files) {
            evidence.problemWith(file).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        steps.saveReport(step, report, actor);
        OnboardingStep after = steps.find(step.communeId(), step.templateId()).orElseThrow();
        String target = step.programCode() + "/" + step.code();
        audit.record(actor, step.communeSlug(), "onboarding.report", target, step.auditState(), after.auditState());
        for (var file : files) {
            evidence.save(after, file, actor);
            audit.record(actor, step.communeSlug(), "onboarding.evidence", target, null,
                    file.getOriginalFilename() + " (" + file.getSize() + " bytes)");
        }
        return after;
    }

    /**
     * Evidence added on its own (the API's upload), with the same checks as the report form; the step's status and
     * review stay as they were. All files are kept or none.
     */
    @Transactional
    public List<String> addEvidence(OnboardingStep step, List<org.springframework.web.multipart.MultipartFile> files,
                                    String actor) {
        for (var file : files) {
            evidence.problemWith(file).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        steps.ensureRecorded(step.communeId(), step.templateId());
        String target = step.programCode() + "/" + step.code();
        List<String> kept = new ArrayList<>();
        for (var file : files) {
            evidence.save(step, file, actor);
            audit.record(actor, step.communeSlug(), "onboarding.evidence", target, null,
                    file.getOriginalFilename() + " (" + file.getSize() + " bytes)");
            kept.add(file.getOriginalFilename());
        }
        return kept;
    }

    /** Only a submitted report can be reviewed; sending back needs a comment saying what to fix. */
    @Transactional
    public OnboardingStep review(OnboardingStep step, boolean validate, String comment, String actor) {
        if (step.review() != Review.SUBMITTED) {
            throw new IllegalStateException("step.error.nothingToReview");
        }
        if (!validate && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("step.error.sendBackNeedsComment");
        }
        steps.saveReview(step, validate ? Review.VALIDATED : Review.SENT_BACK, comment, actor);
        OnboardingStep after = steps.find(step.communeId(), step.templateId()).orElseThrow();
        audit.record(actor, step.communeSlug(), validate ? "onboarding.validate" : "onboarding.send-back",
                step.programCode() + "/" + step.code(), step.auditState(), after.auditState());
        return after;
    }

    public record Problem(String field, String code) {
    }
}
