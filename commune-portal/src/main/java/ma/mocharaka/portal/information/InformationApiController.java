package ma.mocharaka.portal.information;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Access-to-information requests (law 31-13) as JSON. Filing needs a signed-in person's token; anyone holding a
 * tracking number follows the request without learning who asked; the proactive publication is public; the register
 * and every step on a request need staff of this very commune (see PortalSecurity). Refusals answer 409 with the
 * message in the caller's language.
 */
@RestController
@RequestMapping("/c/{commune}/api/information")
class InformationApiController {

    private final InformationRequests requests;
    private final Publications publications;
    private final MessageSource messages;

    InformationApiController(InformationRequests requests, Publications publications, MessageSource messages) {
        this.requests = requests;
        this.publications = publications;
        this.messages = messages;
    }

    /**
     * What the requester gives online; no identity number, which only the counter records. The same
     * {@code submissionKey} sent again returns the request it filed instead of a second one.
     */
    record Filing(String submissionKey, String name, String email, String phone, String address, String subject,
                  String details, Boolean urgent, String urgentReason) {
    }

    /** What the tracking page shows to anyone holding the number: never who asked, nor the request's details. */
    record Tracked(String trackingCode, String subject, String status, String statusLabel, boolean urgent,
                   LocalDate filedOn, LocalDate dueOn, LocalDate extendedOn, String extensionReason,
                   LocalDate decidedOn, boolean late, RefusalGround refusalGround, String refusalGroundLabel,
                   boolean implicitRefusal, String answerText, List<Document> documents, boolean complaintPossible,
                   LocalDate headComplaintUntil, List<Step> history) {
    }

    record Document(long id, String filename, String href) {
    }

    record Step(RequestStatus status, LocalDate on) {
    }

    /** Law 31-13, art. 16: the reason, and staff's confirmation that the requester was told beforehand. */
    record Extension(String reason, Boolean notified, String on) {
    }

    /** ANSWERED, PARTLY_ANSWERED or REFUSED; the last two name a ground of art. 7. */
    record Decision(String outcome, String answer, String ground, String on) {
    }

    @WriteQuota("information-request")
    @PostMapping("/requests")
    ResponseEntity<Tracked> file(@RequestBody Filing body, Authentication citizen) {
        boolean keyed = body.submissionKey() != null && !body.submissionKey().isBlank();
        RequestForm online = new RequestForm(keyed ? body.submissionKey() : null, body.name(), body.email(),
                body.phone(), body.address(), null, body.subject(), body.details(), body.urgent(), body.urgentReason());
        RequestView filed = keyed
                ? requests.file(online, Channel.ONLINE, citizen.getName(), citizen.getName(), requests.today())
                : requests.fileWithoutKey(online, Channel.ONLINE, citizen.getName(), citizen.getName(), requests.today());
        return ResponseEntity.created(URI.create(base() + "/requests/" + filed.trackingCode()))
                .body(tracked(filed.withoutRequester()));
    }

    @GetMapping("/requests/{code}")
    Tracked track(@PathVariable String code) {
        return tracked(requests.track(code).orElseThrow(InformationNotFound::new));
    }

    @GetMapping("/publications")
    List<Publications.PublicationView> publications() {
        return publications.all();
    }

    /** A page of the register and where it stands: {@code page} counts from 1, as on the pages. */
    record RegisterSlice(List<RequestView> items, int page, int size, long totalItems, int totalPages) {
    }

    /**
     * The staff register, with the filters of the staff page (status incl. IMPLICIT_REFUSAL and OPEN, year, channel),
     * a page at a time: {@code page} from 1 (default 1), {@code size} from 1 to {@link RegisterPage#MAX_SIZE} (default
     * {@link RegisterPage#PAGE_SIZE}). Unlike an unknown filter, a page that is not one is refused (400): a client
     * that gets page 1 back for "page=abc" would read it forever. A page after the last is empty, with the totals.
     */
    @GetMapping("/register")
    RegisterSlice register(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
                           @RequestParam(required = false) String channel, @RequestParam(required = false) String page,
                           @RequestParam(required = false) String size) {
        int number = whole(page, 1, Integer.MAX_VALUE, "information.error.page");
        int length = whole(size, RegisterPage.PAGE_SIZE, RegisterPage.MAX_SIZE, "information.error.size");
        RegisterPage shown = requests.registerPage(RegisterFilter.of(status, year, channel), number, length,
                InformationRequests.PastTheEnd.NOTHING);
        return new RegisterSlice(shown.requests(), shown.number(), shown.size(), shown.totalRequests(), shown.totalPages());
    }

    /** A query parameter that must be a whole number from 1 to {@code max}; absent, it takes its default. */
    private static int whole(String typed, int absent, int max, String refusal) {
        if (typed == null) {
            return absent;
        }
        if (!typed.matches("^[0-9]{1,10}$") || Long.parseLong(typed) < 1 || Long.parseLong(typed) > max) {
            throw new BadPaging(refusal, max);
        }
        return Integer.parseInt(typed);
    }

    /** A page or size that is not one: the caller's mistake, answered 400 like an unreadable body. */
    static final class BadPaging extends RuntimeException {
        private final String messageKey;
        private final int max;

        BadPaging(String messageKey, int max) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.max = max;
        }
    }

    @ExceptionHandler(BadPaging.class)
    ResponseEntity<Map<String, String>> badPaging(BadPaging refused) {
        return ResponseEntity.badRequest().body(Map.of("error", refused.messageKey,
                "message", messages.getMessage(refused.messageKey, new Object[] {refused.max}, LocaleContextHolder.getLocale())));
    }

    @GetMapping("/register/{id}")
    RequestView request(@PathVariable long id) {
        return requests.find(id);
    }

    @PostMapping("/register/{id}/extension")
    RequestView extend(@PathVariable long id, @RequestBody Extension body, Authentication staff) {
        return requests.extend(id, body.reason(), Boolean.TRUE.equals(body.notified()), staff.getName(), requests.dateOrToday(body.on()));
    }

    @PostMapping("/register/{id}/decision")
    RequestView decide(@PathVariable long id, @RequestBody Decision body, Authentication staff) {
        return requests.decide(id, InformationRequests.constantOrNull(RequestStatus.class, body.outcome()), body.answer(),
                InformationRequests.constantOrNull(RefusalGround.class, body.ground()), List.of(), staff.getName(), requests.dateOrToday(body.on()));
    }

    @ExceptionHandler(InformationRefused.class)
    ResponseEntity<Map<String, String>> refused(InformationRefused refused) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", refused.messageKey(),
                "message", messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> concurrent() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "information.error.concurrent",
                "message", messages.getMessage("information.error.concurrent", null, LocaleContextHolder.getLocale())));
    }

    /** A missing or unreadable body (not JSON, or a value of the wrong type) is the caller's mistake, told plainly. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("error", "information.error.json",
                "message", messages.getMessage("information.error.json", null, LocaleContextHolder.getLocale())));
    }

    private Tracked tracked(RequestView r) {
        String code = r.trackingCode();
        return new Tracked(code, r.subject(), r.shownStatus(), message("information.status." + r.shownStatus()),
                r.urgent(), r.filedOn(), r.dueOn(), r.extendedOn(), r.extensionReason(), r.decidedOn(), r.late(),
                r.refusalGround(), r.refusalGround() == null ? null : message("information.ground." + r.refusalGround()),
                r.implicitRefusal(), r.answerText(),
                r.documents().stream().map(d -> new Document(d.id(), d.filename(),
                        "/c/" + CurrentCommune.require().slug() + "/information/requests/" + code + "/documents/" + d.id()))
                        .toList(),
                r.complaintPossible(), r.headComplaintUntil(),
                r.history().stream().map(step -> new Step(step.status(), step.on())).toList());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String base() {
        return "/c/" + CurrentCommune.require().slug() + "/api/information";
    }
}
