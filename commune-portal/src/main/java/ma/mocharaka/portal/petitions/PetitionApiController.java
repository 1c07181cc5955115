package ma.mocharaka.portal.petitions;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.residence.ResidenceRefused;
import ma.mocharaka.portal.residence.ResidenceVerification;
import ma.mocharaka.portal.residence.ResidentView;

/**
 * Petitions as JSON. Reading is public; signing needs a signed-in resident; every other write needs staff of this
 * very commune (see PortalSecurity). Refusals answer 409 with a message in the caller's language.
 */
@RestController
@RequestMapping("/c/{commune}/api/petitions")
class PetitionApiController {

    private final Petitions petitions;
    private final ResidenceVerification residence;
    private final MessageSource messages;

    PetitionApiController(Petitions petitions, ResidenceVerification residence, MessageSource messages) {
        this.petitions = petitions;
        this.residence = residence;
        this.messages = messages;
    }

    record Tracker(SignatureThreshold threshold, List<PetitionView> petitions) {
    }

    record Dated(LocalDate on) {
    }

    record Admission(String committee, LocalDate on) {
    }

    record Rejection(String reason, LocalDate on) {
    }

    record Decision(boolean accepted, String note, LocalDate on) {
    }

    record PaperSheet(String sheet) {
    }

    record Resident(String cin, String fullName, String username) {
    }

    record Threshold(Integer threshold) {
    }

    @GetMapping
    Tracker tracker() {
        return new Tracker(petitions.threshold(), petitions.all());
    }

    @GetMapping("/{id}")
    PetitionView one(@PathVariable long id) {
        return petitions.find(id);
    }

    @PostMapping
    ResponseEntity<PetitionView> draft(@Valid @RequestBody PetitionDraft draft, Authentication staff) {
        PetitionView created = petitions.draft(draft, staff.getName(), petitions.today());
        return ResponseEntity.created(URI.create("/c/" + CurrentCommune.require().slug() + "/api/petitions/" + created.id()))
                .body(created);
    }

    @PostMapping("/threshold")
    SignatureThreshold threshold(@RequestBody Threshold body, Authentication staff) {
        return petitions.setThreshold(body.threshold(), staff.getName());
    }

    @PostMapping("/residents")
    ResponseEntity<ResidentView> verify(@RequestBody Resident body, Authentication staff) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(residence.verifyAtOffice(body.cin(), body.fullName(), body.username(), staff.getName()));
    }

    @PostMapping("/{id}/opening")
    PetitionView open(@PathVariable long id, @RequestBody(required = false) Dated body, Authentication staff) {
        return petitions.openForSignatures(id, staff.getName(), on(body == null ? null : body.on()));
    }

    @PostMapping("/{id}/signatures")
    @WriteQuota("petition-signature")
    ResponseEntity<Map<String, Object>> sign(@PathVariable long id, Authentication citizen) {
        Petitions.SignOutcome outcome = petitions.signOnline(id, citizen.getName());
        return ResponseEntity.status(outcome == Petitions.SignOutcome.SIGNED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("outcome", outcome, "signatures", petitions.find(id).signatures()));
    }

    @PostMapping("/{id}/paper-signatures")
    Petitions.PaperSheetResult paper(@PathVariable long id, @RequestBody PaperSheet body, Authentication staff) {
        return petitions.enterPaperSheet(id, body.sheet(), staff.getName());
    }

    @PostMapping("/{id}/submission")
    PetitionView submit(@PathVariable long id, @RequestBody(required = false) Dated body, Authentication staff) {
        return petitions.submit(id, staff.getName(), on(body == null ? null : body.on()));
    }

    @PostMapping("/{id}/admission")
    PetitionView admit(@PathVariable long id, @RequestBody Admission body, Authentication staff) {
        return petitions.declareAdmissible(id, body.committee(), staff.getName(), on(body.on()));
    }

    @PostMapping("/{id}/rejection")
    PetitionView reject(@PathVariable long id, @RequestBody Rejection body, Authentication staff) {
        return petitions.reject(id, body.reason(), staff.getName(), on(body.on()));
    }

    @PostMapping("/{id}/decision")
    PetitionView decide(@PathVariable long id, @RequestBody Decision body, Authentication staff) {
        return petitions.decide(id, body.accepted(), body.note(), staff.getName(), on(body.on()));
    }

    @ExceptionHandler(PetitionRefused.class)
    ResponseEntity<Map<String, String>> refused(PetitionRefused refused) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", refused.messageKey(),
                "message", messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(ResidenceRefused.class)
    ResponseEntity<Map<String, String>> refused(ResidenceRefused refused) {
        return ResponseEntity.unprocessableEntity().body(Map.of("error", refused.messageKey(),
                "message", messages.getMessage(refused.messageKey(), null, LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> concurrent() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "petition.error.concurrent",
                "message", messages.getMessage("petition.error.concurrent", null, LocaleContextHolder.getLocale())));
    }

    private LocalDate on(LocalDate given) {
        return given == null ? petitions.today() : given;
    }
}
