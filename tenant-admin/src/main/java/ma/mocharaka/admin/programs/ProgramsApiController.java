package ma.mocharaka.admin.programs;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ma.mocharaka.admin.onboarding.StepStatus;

/** Programs, their enrolments and their matrix as JSON for program staff. */
@RestController
class ProgramsApiController {

    private final ProgramRepository programs;
    private final ProgramDashboard dashboards;
    private final ma.mocharaka.platform.audit.AuditTrail audit;

    ProgramsApiController(ProgramRepository programs, ProgramDashboard dashboards,
                          ma.mocharaka.platform.audit.AuditTrail audit) {
        this.audit = audit;
        this.programs = programs;
        this.dashboards = dashboards;
    }

    @GetMapping("/api/programs")
    List<Program> list() {
        return programs.findAll();
    }

    @GetMapping("/api/programs/{code}")
    ProgramView one(@PathVariable String code) {
        Program program = programs.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ProgramDashboard.Dashboard dashboard = dashboards.of(program, new ProgramDashboard.Filter(null, null, null));
        return new ProgramView(program, dashboard.figures(), dashboard.rows().stream()
                .map(row -> new CommuneProgress(row.enrolment().commune().slug(), row.enrolment().cohort(),
                        row.enrolment().joinedOn(), row.enrolment().joinedBy(), row.enrolment().focalPoint(),
                        row.cells().stream().map(cell -> new Cell(cell.code(), cell.status(dashboard.today()),
                                cell.dueOn(), cell.actualOn())).toList()))
                .toList());
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Create a program (program admin)")
    @org.springframework.web.bind.annotation.PostMapping("/api/programs")
    org.springframework.http.ResponseEntity<?> create(
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody ProgramDefinition definition,
            org.springframework.security.core.Authentication user) {
        if (definition.code() == null || definition.hasBadPeriod()) {
            return org.springframework.http.ResponseEntity.badRequest().body(java.util.Map.of("problem",
                    definition.code() == null ? "program.error.codeRequired" : "program.error.dateRange"));
        }
        Program created;
        try {
            created = programs.create(definition);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(java.util.Map.of("problem", "program.error.codeTaken"));
        }
        audit.record(user.getName(), null, "program.create", "program/" + created.code(), null, created.toString());
        return org.springframework.http.ResponseEntity.created(java.net.URI.create("/api/programs/" + created.code()))
                .body(created);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Change a program; its code stays (program admin)")
    @org.springframework.web.bind.annotation.PutMapping("/api/programs/{code}")
    org.springframework.http.ResponseEntity<?> update(@PathVariable String code,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody ProgramDefinition definition,
            org.springframework.security.core.Authentication user) {
        Program before = programs.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (definition.hasBadPeriod() || (definition.code() != null && !definition.code().equals(code))) {
            return org.springframework.http.ResponseEntity.badRequest().body(java.util.Map.of("problem",
                    definition.hasBadPeriod() ? "program.error.dateRange" : "program.error.codeIsFixed"));
        }
        Program after = programs.update(before, definition);
        audit.record(user.getName(), null, "program.update", "program/" + code, before.toString(), after.toString());
        return org.springframework.http.ResponseEntity.ok(after);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Remove a program no commune is enrolled in and no session "
            + "belongs to (program admin)")
    @org.springframework.web.bind.annotation.DeleteMapping("/api/programs/{code}")
    org.springframework.http.ResponseEntity<?> delete(@PathVariable String code,
                                                      org.springframework.security.core.Authentication user) {
        Program program = programs.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!programs.deleteIfUnused(program)) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(java.util.Map.of("problem", "program.error.inUse"));
        }
        audit.record(user.getName(), null, "program.delete", "program/" + code, program.toString(), null);
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    record ProgramView(Program program, java.util.Map<String, java.math.BigDecimal> figures,
                       List<CommuneProgress> communes) {
    }

    record CommuneProgress(String commune, Enrolment.Cohort cohort, java.time.LocalDate joinedOn,
                           Enrolment.JoinedBy joinedBy, String focalPoint, List<Cell> steps) {
    }

    record Cell(String step, StepStatus status, java.time.LocalDate dueOn, java.time.LocalDate actualOn) {
    }
}
