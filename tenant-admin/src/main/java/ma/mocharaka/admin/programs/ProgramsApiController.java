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

    ProgramsApiController(ProgramRepository programs, ProgramDashboard dashboards) {
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

    record ProgramView(Program program, java.util.Map<String, java.math.BigDecimal> figures,
                       List<CommuneProgress> communes) {
    }

    record CommuneProgress(String commune, Enrolment.Cohort cohort, java.time.LocalDate joinedOn,
                           Enrolment.JoinedBy joinedBy, String focalPoint, List<Cell> steps) {
    }

    record Cell(String step, StepStatus status, java.time.LocalDate dueOn, java.time.LocalDate actualOn) {
    }
}
