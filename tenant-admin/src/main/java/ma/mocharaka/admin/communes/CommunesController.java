package ma.mocharaka.admin.communes;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.admin.programs.ProgramRepository;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistration;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CommuneStatus;
import ma.mocharaka.platform.tenancy.CurrentCommune;

@Controller
class CommunesController {

    private final CommuneRegistry registry;
    private final CommuneProvisioning provisioning;
    private final TaskExecutor tasks;
    private final AuditTrail audit;
    private final ProgramRepository programs;
    private final ma.mocharaka.admin.milestones.MilestoneBoard milestoneBoard;
    private final CommuneDirectory directory;

    CommunesController(CommuneRegistry registry, CommuneProvisioning provisioning, TaskExecutor tasks,
                       AuditTrail audit, ProgramRepository programs,
                       ma.mocharaka.admin.milestones.MilestoneBoard milestoneBoard, CommuneDirectory directory) {
        this.milestoneBoard = milestoneBoard;
        this.directory = directory;
        this.programs = programs;
        this.registry = registry;
        this.provisioning = provisioning;
        this.tasks = tasks;
        this.audit = audit;
    }

    /** Program staff start from the list; a focal point goes straight to their own commune. */
    @GetMapping("/")
    String start(Authentication user) {
        boolean programStaff = user.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals(PlatformRole.PROGRAM_ADMIN.authority())
                        || a.getAuthority().equals(PlatformRole.PROGRAM_ANALYST.authority()));
        if (programStaff) {
            return "redirect:/communes";
        }
        boolean focalPoint = user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(PlatformRole.FOCAL_POINT.authority()));
        List<String> own = user.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX))
                .map(a -> a.substring(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX.length()))
                .toList();
        if (focalPoint && !own.isEmpty()) {
            return "redirect:/communes/" + own.getFirst();
        }
        boolean communeAdmin = user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(PlatformRole.COMMUNE_ADMIN.authority()));
        if (communeAdmin && !own.isEmpty()) {
            // A commune admin's one page in the console: their commune's indicators (issue 6).
            return "redirect:/communes/" + own.getFirst() + "/analytics";
        }
        throw new org.springframework.security.access.AccessDeniedException("No program role");
    }

    @GetMapping("/communes")
    String list(Model model) {
        List<Commune> communes = registry.findAll();
        model.addAttribute("communes", communes);
        model.addAttribute("active", communes.stream().filter(Commune::isActive).count());
        return "communes/list";
    }

    @GetMapping("/communes/{slug}")
    String detail(Model model, Authentication user, java.util.Locale locale) {
        Commune commune = registry.findBySlug(CurrentCommune.require().slug()).orElseThrow();
        milestoneBoard.ofCommune(model, commune, locale);
        model.addAttribute("contacts", directory.contacts(commune));
        model.addAttribute("canEditMilestones", ma.mocharaka.platform.security.CommuneAccess.hasRoleIn(user, commune,
                PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT));
        model.addAttribute("subject", commune);
        model.addAttribute("history", provisioning.history(commune));
        model.addAttribute("inProgress", commune.status() == CommuneStatus.PROVISIONING);
        model.addAttribute("enrolments", programs.enrolmentsOf(commune));
        java.util.Map<String, ma.mocharaka.admin.programs.Program> byCode = new java.util.HashMap<>();
        programs.findAll().forEach(program -> byCode.put(program.code(), program));
        model.addAttribute("programsByCode", byCode);
        return "communes/detail";
    }

    @PostMapping("/communes/{slug}/provision")
    String provision(Authentication user, RedirectAttributes redirect) {
        String slug = CurrentCommune.require().slug();
        startProvisioning(slug, user.getName());
        redirect.addFlashAttribute("started", true);
        return "redirect:/communes/" + slug;
    }

    @GetMapping("/enrol")
    String enrolForm(Model model) {
        model.addAttribute("registration", new CommuneRegistration(null, null, null, null, null, null, null, null,
                "URBAN", false));
        return "communes/enrol";
    }

    @PostMapping("/enrol")
    String enrol(@Valid @ModelAttribute("registration") CommuneRegistration registration, BindingResult errors,
                 Authentication user) {
        if (errors.hasErrors()) {
            return "communes/enrol";
        }
        if (registry.findBySlug(registration.slug()).isPresent()) {
            errors.rejectValue("slug", "enrol.error.taken");
            return "communes/enrol";
        }
        Commune registered = registry.register(registration);
        audit.record(user.getName(), registered.slug(), "commune.register", registered.slug(), null,
                registered.nameFr() + " / " + registered.region());
        startProvisioning(registered.slug(), user.getName());
        return "redirect:/communes/" + registered.slug();
    }

    private void startProvisioning(String slug, String actor) {
        tasks.execute(() -> {
            try {
                provisioning.provision(slug, actor);
            } catch (RuntimeException e) {
                // The failure is recorded on the commune with its step and reason; the page shows it.
            }
        });
    }
}
