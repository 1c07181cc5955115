package ma.mocharaka.admin.milestones;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Milestones as JSON. Reading a program's needs program staff; writing it, a program admin. A commune's
 * milestones are read by program staff and the commune's focal point, and written by program admins and that
 * focal point (AdminSecurity). Refusals of content come back as 400 with message codes, a duplicate as 409.
 */
@RestController
@Tag(name = "Milestones", description = "Program and commune milestones, planned against actual")
class MilestonesApiController {

    private final Milestones milestones;
    
    MilestonesApiController(Milestones milestones) {
        this.milestones = milestones;
    }

    @Operation(summary = "A program's milestones and those of its communes (program staff)")
    @GetMapping("/api/programs/{code}/milestones")
    List<MilestoneView> ofProgram(@PathVariable String code) {
        program(code);
        LocalDate today = milestones.today();
        return milestones.ofProgram(code).stream().map(m -> MilestoneView.of(m, today)).toList();
    }

    @Operation(summary = "Add a program milestone (program admin)")
    @PostMapping("/api/programs/{code}/milestones")
    ResponseEntity<?> createForProgram(@PathVariable String code, @Valid @RequestBody MilestoneForm form,
                                       Authentication user) {
        Milestones.ProgramRef program = program(code);
        return created(() -> milestones.create(program, null, form, user.getName()), form, null,
                "/api/programs/" + code + "/milestones/");
    }

    @Operation(summary = "Change a program milestone (program admin)")
    @PutMapping("/api/programs/{code}/milestones/{id}")
    ResponseEntity<?> updateForProgram(@PathVariable String code, @PathVariable long id,
                                       @Valid @RequestBody MilestoneForm form, Authentication user) {
        Milestone existing = milestones.ofProgram(code, id).orElseThrow(MilestonesApiController::notFound);
        return updated(() -> milestones.update(existing, null, form, user.getName()), form, null);
    }

    @Operation(summary = "Remove a program milestone (program admin)")
    @DeleteMapping("/api/programs/{code}/milestones/{id}")
    ResponseEntity<Void> deleteForProgram(@PathVariable String code, @PathVariable long id, Authentication user) {
        milestones.delete(milestones.ofProgram(code, id).orElseThrow(MilestonesApiController::notFound),
                user.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A commune's milestones (program staff, the commune's focal point)")
    @GetMapping("/api/communes/{slug}/milestones")
    List<MilestoneView> ofCommune() {
        LocalDate today = milestones.today();
        return milestones.ofCommune(CurrentCommune.require().id()).stream().map(m -> MilestoneView.of(m, today))
                .toList();
    }

    @Operation(summary = "Add a milestone to the commune in one of its programs (program admin, its focal point)")
    @PostMapping("/api/communes/{slug}/milestones")
    ResponseEntity<?> createForCommune(@Valid @RequestBody MilestoneForm form, Authentication user) {
        Commune commune = CurrentCommune.require();
        return created(() -> milestones.create(milestones.program(form.program()).orElseThrow(), commune, form,
                user.getName()), form, commune, "/api/communes/" + commune.slug() + "/milestones/");
    }

    @Operation(summary = "Change one of the commune's milestones (program admin, its focal point)")
    @PutMapping("/api/communes/{slug}/milestones/{id}")
    ResponseEntity<?> updateForCommune(@PathVariable long id, @Valid @RequestBody MilestoneForm form,
                                       Authentication user) {
        Commune commune = CurrentCommune.require();
        Milestone existing = milestones.ofCommune(commune.id(), id).orElseThrow(MilestonesApiController::notFound);
        return updated(() -> milestones.update(existing, commune, form, user.getName()), form, commune);
    }

    @Operation(summary = "Remove one of the commune's milestones (program admin, its focal point)")
    @DeleteMapping("/api/communes/{slug}/milestones/{id}")
    ResponseEntity<Void> deleteForCommune(@PathVariable long id, Authentication user) {
        Commune commune = CurrentCommune.require();
        milestones.delete(milestones.ofCommune(commune.id(), id).orElseThrow(MilestonesApiController::notFound),
                user.getName());
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<?> created(java.util.function.Supplier<Milestone> create, MilestoneForm form,
                                      Commune commune, String location) {
        List<Milestones.Problem> problems = milestones.check(form, commune);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
        try {
            Milestone saved = create.get();
            return ResponseEntity.created(URI.create(location + saved.id()))
                    .body(MilestoneView.of(saved, milestones.today()));
        } catch (Milestones.DuplicateMilestoneException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("problem", e.getMessage()));
        }
    }

    private ResponseEntity<?> updated(java.util.function.Supplier<Milestone> update, MilestoneForm form,
                                      Commune commune) {
        List<Milestones.Problem> problems = milestones.check(form, commune);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
        try {
            return ResponseEntity.ok(MilestoneView.of(update.get(), milestones.today()));
        } catch (Milestones.DuplicateMilestoneException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("problem", e.getMessage()));
        }
    }

    private Milestones.ProgramRef program(String code) {
        return milestones.program(code).orElseThrow(MilestonesApiController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    record MilestoneView(long id, String program, String commune, String titleAr, String titleFr, String titleZgh,
                         String titleEn, LocalDate plannedOn, LocalDate actualOn, Milestone.Status status,
                         Long delayDays) {

        static MilestoneView of(Milestone m, LocalDate today) {
            return new MilestoneView(m.id(), m.programCode(), m.communeSlug(), m.titleAr(), m.titleFr(),
                    m.titleZgh(), m.titleEn(), m.plannedOn(), m.actualOn(), m.status(today), m.delayDays());
        }
    }
}
