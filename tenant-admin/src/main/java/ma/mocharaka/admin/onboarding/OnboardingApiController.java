package ma.mocharaka.admin.onboarding;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/** Onboarding steps of the request's commune as JSON; the commune comes from the path and the rules in AdminSecurity. */
@RestController
class OnboardingApiController {

    private final OnboardingSteps steps;
    private final StepReporting reporting;
    private final EvidenceFiles evidence;

    OnboardingApiController(OnboardingSteps steps, StepReporting reporting, EvidenceFiles evidence) {
        this.evidence = evidence;
        this.steps = steps;
        this.reporting = reporting;
    }

    @GetMapping("/api/communes/{slug}/steps")
    List<StepView> list() {
        return steps.ofCommune(CurrentCommune.require().id()).stream()
                .map(step -> StepView.of(step, reporting.today())).toList();
    }

    @PostMapping("/api/communes/{slug}/steps/{templateId}")
    ResponseEntity<?> report(@PathVariable long templateId, @Valid @RequestBody StepReport report,
                             Authentication user) {
        OnboardingStep step = step(templateId);
        List<StepReporting.Problem> problems = reporting.check(report);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
        return ResponseEntity.ok(StepView.of(reporting.report(step, report, user.getName()), reporting.today()));
    }

    /**
     * Evidence files for a step, as multipart parts named "file": PDF, images, spreadsheets up to the upload limit,
     * type read from the first bytes (platform-core's UploadCheck, as in the report form).
     */
    @io.swagger.v3.oas.annotations.Operation(summary = "Add evidence files to a step (program admin, the commune's focal point)")
    @PostMapping(path = "/api/communes/{slug}/steps/{templateId}/evidence",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> evidence(@PathVariable long templateId,
                               @org.springframework.web.bind.annotation.RequestPart("file")
                               List<org.springframework.web.multipart.MultipartFile> files,
                               Authentication user) {
        OnboardingStep step = step(templateId);
        List<Map<String, String>> problems = new java.util.ArrayList<>();
        for (var file : files) {
            evidence.problemWith(file).ifPresent(problem ->
                    problems.add(Map.of("file", String.valueOf(file.getOriginalFilename()), "code", problem)));
        }
        if (files.isEmpty() || !problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
        List<String> kept = reporting.addEvidence(step, files, user.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("files", kept,
                "evidence", evidence.ofCommune(step.communeId()).stream()
                        .filter(file -> file.templateId() == templateId).map(Evidence::filename).toList()));
    }

    @PostMapping("/api/communes/{slug}/steps/{templateId}/review")
    ResponseEntity<?> review(@PathVariable long templateId, @RequestBody ReviewRequest request, Authentication user) {
        OnboardingStep step = step(templateId);
        try {
            return ResponseEntity.ok(StepView.of(
                    reporting.review(step, request.validate(), request.comment(), user.getName()), reporting.today()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("problem", e.getMessage()));
        }
    }

    private OnboardingStep step(long templateId) {
        return steps.find(CurrentCommune.require().id(), templateId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    record ReviewRequest(boolean validate, String comment) {
    }

    record StepView(long templateId, String program, int position, String code, String commune, StepStatus status,
                    StepStatus reported, java.time.LocalDate plannedOn, java.time.LocalDate dueOn,
                    java.time.LocalDate actualOn, String achievement, Review review, String reviewComment) {

        static StepView of(OnboardingStep step, java.time.LocalDate today) {
            return new StepView(step.templateId(), step.programCode(), step.position(), step.code(),
                    step.communeSlug(), step.status(today), step.reported(), step.plannedOn(), step.dueOn(),
                    step.actualOn(), step.achievement(), step.review(), step.reviewComment());
        }
    }
}
