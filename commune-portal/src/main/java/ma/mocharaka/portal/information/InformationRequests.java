package ma.mocharaka.portal.information;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.files.UploadCheck;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.files.CommuneFiles;
import ma.mocharaka.portal.residence.CinFingerprints;

/**
 * Access-to-information requests of the current commune (law 31-13): filing with a tracking number, the one
 * extension, the answer or the reasoned refusal, and the clocks that turn silence into an implicit refusal.
 */
@Service
public class InformationRequests {

    /** CommuneFiles owner names: answers to requests and proactive publications. */
    static final String ANSWER_FILES = "information-answer";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,20}$");
    /** No 0/O, 1/I/L, U: codes read over the phone or copied from paper stay unambiguous. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InfoRequestRepository requests;
    private final InfoRequestInserts inserts;
    private final InfoRequestRegister register;
    private final InfoRequestEventRepository events;
    private final WorkingCalendar calendar;
    private final CinFingerprints fingerprints;
    private final CommuneFiles files;
    private final AuditTrail audit;
    private final Clock clock;

    InformationRequests(InfoRequestRepository requests, InfoRequestInserts inserts, InfoRequestRegister register,
                        InfoRequestEventRepository events, WorkingCalendar calendar, CinFingerprints fingerprints,
                        CommuneFiles files, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.inserts = inserts;
        this.register = register;
        this.events = events;
        this.calendar = calendar;
        this.fingerprints = fingerprints;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Morocco, which is what the law's days are counted in. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A date typed by staff (ISO, as date inputs send it); left empty, it means today. */
    public LocalDate dateOrToday(String typed) {
        if (typed == null || typed.isBlank()) {
            return today();
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InformationRefused("information.error.date");
        }
    }

    /** A constant typed in a form or a request body; an unknown or empty one is null, which the rules then refuse. */
    static <E extends Enum<E>> E constantOrNull(Class<E> type, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Files a request and sets its deadline on the commune's calendar. The same form (submission key) filed again
     * returns the request it already made instead of a second one.
     */
    @Transactional
    public RequestView file(RequestForm form, Channel channel, String account, String actor, LocalDate on) {
        if (form.submissionKey() == null || form.submissionKey().isBlank() || form.submissionKey().length() > 40) {
            throw new InformationRefused("information.error.form");
        }
        Optional<Long> earlier = inserts.idOfSubmission(form.submissionKey());
        if (earlier.isPresent()) {
            return sameSubmitter(load(earlier.get()), channel, account);
        }
        return fileNew(form, channel, account, actor, on);
    }

    /**
     * Files a request that came without a submission key (an API client that does not de-duplicate its posts): each
     * call is a request of its own, so there is no earlier one to look for. It gets a key of its own, which the
     * table requires.
     */
    @Transactional
    public RequestView fileWithoutKey(RequestForm form, Channel channel, String account, String actor, LocalDate on) {
        return fileNew(form.withKey(java.util.UUID.randomUUID().toString()), channel, account, actor, on);
    }

    private RequestView fileNew(RequestForm form, Channel channel, String account, String actor, LocalDate on) {
        if (channel == Channel.ONLINE && (account == null || account.isBlank())) {
            throw new InformationRefused("information.error.signIn");
        }
        String name = required(form.name(), 160, "information.error.name");
        String email = optional(form.email(), 200);
        String phone = optional(form.phone(), 40);
        String address = optional(form.address(), 400);
        if (email == null && phone == null && address == null) {
            throw new InformationRefused("information.error.contact");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InformationRefused("information.error.email");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InformationRefused("information.error.phone");
        }
        CinFingerprints.Fingerprint cin = null;
        String typedCin = optional(form.cin(), 20);
        if (typedCin != null) {
            if (CinFingerprints.normalise(typedCin).isEmpty()) {
                throw new InformationRefused("information.error.cin");
            }
            cin = fingerprints.of(CurrentCommune.require(), typedCin);
        }
        String subject = required(form.subject(), 200, "information.error.subject");
        String details = required(form.details(), 10_000, "information.error.details");
        String urgentReason = form.urgent() ? required(form.urgentReason(), 2_000, "information.error.urgentReason") : null;
        if (on == null || on.isAfter(today())) {
            throw new InformationRefused("information.error.date");
        }
        LocalDate dueOn = calendar.clock().dueOn(on, form.urgent());
        InfoRequestInserts.NewRequest row = new InfoRequestInserts.NewRequest(newTrackingCode(on), form.submissionKey(),
                channel, channel == Channel.ONLINE ? account : null, name, email, phone, address,
                cin == null ? null : cin.hash(), cin == null ? null : cin.lastThree(), subject, details, form.urgent(),
                urgentReason, on, dueOn, actor);
        Optional<Long> id = inserts.insert(row);
        if (id.isEmpty()) {
            // Another post of the same form won the insert a moment ago: answer with its request.
            return sameSubmitter(load(inserts.idOfSubmission(form.submissionKey()).orElseThrow()), channel, account);
        }
        events.save(new InfoRequestEvent(id.get(), RequestStatus.RECEIVED, on, null, actor));
        if (channel == Channel.COUNTER) {
            audit.record(actor, slug(), "information.file", "info_request/" + id.get(), null,
                    row.trackingCode() + (form.urgent() ? " urgent" : ""));
        }
        return view(load(id.get()));
    }

    /**
     * The request an earlier post of this form filed, for the one who filed it: a key replayed from another account
     * (or online against a counter request) learns nothing about the request it names.
     */
    private RequestView sameSubmitter(InfoRequest earlier, Channel channel, String account) {
        boolean same = earlier.channel() == channel
                && (channel == Channel.COUNTER || java.util.Objects.equals(earlier.requesterAccount(), account));
        if (!same) {
            throw new InformationRefused("information.error.form");
        }
        return view(earlier);
    }

    /** Law 31-13, art. 16: one extension of 20 working days, before the deadline, with the requester told why. */
    @Transactional
    public RequestView extend(long id, String reason, boolean requesterNotified, String actor, LocalDate on) {
        String why = required(reason, 2_000, "information.error.extensionReason");
        if (!requesterNotified) {
            throw new InformationRefused("information.error.notice");
        }
        InfoRequest request = load(id);
        checkDate(request, on);
        LocalDate before = request.dueOn();
        request.extend(calendar.clock().extendedDueOn(before), why, on);
        record(request, on, why, actor, "information.extend", before.toString());
        return view(request);
    }

    /**
     * Records the answer, the partial answer or the refusal. A refusal (total or partial) names a ground of art. 7
     * and gives its reasons in writing; documents are checked before anything is recorded.
     */
    @Transactional
    public RequestView decide(long id, RequestStatus outcome, String answer, RefusalGround ground,
                              List<MultipartFile> documents, String actor, LocalDate on) {
        if (outcome == null || outcome.isOpen()) {
            throw new InformationRefused("information.error.outcome");
        }
        String text = required(answer, 20_000, "information.error.answer");
        if (outcome.needsGround() && ground == null) {
            throw new InformationRefused("information.error.ground");
        }
        List<MultipartFile> attached = documents == null ? List.of()
                : documents.stream().filter(f -> f != null && !f.isEmpty()).toList();
        for (MultipartFile file : attached) {
            Optional<String> problem = files.problemWith(file, UploadCheck.DOCUMENTS);
            if (problem.isPresent()) {
                throw new InformationRefused(problem.get(), UploadCheck.safeName(file.getOriginalFilename(), "file"),
                        UploadCheck.MAX_MEGABYTES);
            }
        }
        InfoRequest request = load(id);
        checkDate(request, on);
        request.decide(outcome, text, ground, on);
        for (MultipartFile file : attached) {
            files.store(ANSWER_FILES, id, file, actor);
        }
        record(request, on, outcome.needsGround() ? ground.name() : null, actor, "information.decide", null);
        return view(request);
    }

    @Transactional(readOnly = true)
    public RequestView find(long id) {
        return view(load(id));
    }

    /** What anyone holding the tracking number sees: never who asked. */
    @Transactional(readOnly = true)
    public Optional<RequestView> track(String typedCode) {
        return normaliseCode(typedCode).flatMap(requests::findByTrackingCode).map(r -> view(r).withoutRequester());
    }

    /**
     * Every request the filters keep, newest first: the CSV export, which is the whole register by design. The pages
     * and the API read it a page at a time ({@link #registerPage}).
     */
    @Transactional(readOnly = true)
    public List<RequestView> register(RegisterFilter filter) {
        // Histories and documents of the whole module, each in one query: an IN list of every id could outgrow
        // what one statement may bind.
        Map<Long, List<InfoRequestEvent>> histories = events.findAllByOrderByHappenedOnAscIdAsc().stream()
                .collect(Collectors.groupingBy(InfoRequestEvent::requestId));
        return views(register.all(filter, today()), histories, files.ofModule(ANSWER_FILES));
    }

    /**
     * One page of the register, counted and paged in SQL. The histories and documents of the page's requests are read
     * in one query each, not one per row. {@code pastTheEnd}: a page after the last shows the last page (the pages,
     * where a stale address should still show something) or no request (the API, whose callers stop at an empty
     * page).
     */
    @Transactional(readOnly = true)
    public RegisterPage registerPage(RegisterFilter filter, int page, int size, PastTheEnd pastTheEnd) {
        if (page < 1 || size < 1 || size > RegisterPage.MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of " + size);
        }
        LocalDate today = today();
        long total = register.count(filter, today);
        int last = RegisterPage.pagesFor(total, size);
        int shown = pastTheEnd == PastTheEnd.LAST_PAGE ? Math.min(page, last) : page;
        long offset = (long) (shown - 1) * size;
        List<RequestView> rows = offset >= total ? List.of()
                : viewsOf(register.rows(filter, today, (int) offset, size));
        return new RegisterPage(rows, shown, size, total);
    }

    /** What a page number after the last one shows. */
    public enum PastTheEnd { LAST_PAGE, NOTHING }

    /** The public register: a page of it, anonymised. */
    @Transactional(readOnly = true)
    public RegisterPage publicRegister(RegisterFilter filter, int page) {
        return registerPage(filter, page, RegisterPage.PAGE_SIZE, PastTheEnd.LAST_PAGE).withoutRequesters();
    }

    private List<RequestView> viewsOf(List<InfoRequest> rows) {
        List<Long> ids = rows.stream().map(InfoRequest::id).toList();
        Map<Long, List<InfoRequestEvent>> histories = ids.isEmpty() ? Map.of()
                : events.findByRequestIdInOrderByHappenedOnAscIdAsc(ids).stream()
                        .collect(Collectors.groupingBy(InfoRequestEvent::requestId));
        return views(rows, histories, files.ofEach(ANSWER_FILES, ids));
    }

    @Transactional(readOnly = true)
    public List<RequestView> mine(String account) {
        List<InfoRequest> owned = requests.findByRequesterAccountOrderByIdDesc(account);
        return viewsOf(owned);
    }

    @Transactional(readOnly = true)
    public Optional<CommuneFiles.Download> document(String typedCode, long fileId) {
        return normaliseCode(typedCode).flatMap(requests::findByTrackingCode)
                .flatMap(r -> files.download(ANSWER_FILES, r.id(), fileId));
    }

    @Transactional(readOnly = true)
    public Optional<CommuneFiles.Download> documentForStaff(long requestId, long fileId) {
        return files.download(ANSWER_FILES, load(requestId).id(), fileId);
    }

    @Transactional(readOnly = true)
    public boolean anyCreatedBy(String actor) {
        return requests.countByCreatedBy(actor) > 0;
    }

    /** Law 09-08 erasure: every request of the account stays in the register, with its requester removed. */
    @Transactional
    public int anonymiseRequestsOf(String account) {
        List<InfoRequest> owned = requests.findByRequesterAccountOrderByIdDesc(account);
        owned.forEach(InfoRequest::anonymise);
        requests.flush();
        if (!owned.isEmpty()) {
            audit.record(account, slug(), "information.anonymise", "info_request", null, owned.size() + " requests");
        }
        return owned.size();
    }

    static Optional<String> normaliseCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s]", "").toUpperCase(Locale.ROOT);
        return code.matches("^[0-9]{4}-[" + CODE_ALPHABET + "]{" + CODE_LENGTH + "}$") ? Optional.of(code) : Optional.empty();
    }

    /** Year of filing and eight random characters (about 39 bits): not guessable from another request's number. */
    private String newTrackingCode(LocalDate on) {
        while (true) {
            StringBuilder code = new StringBuilder().append(on.getYear()).append('-');
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (!inserts.trackingCodeTaken(code.toString())) {
                return code.toString();
            }
        }
    }

    private InfoRequest load(long id) {
        return requests.findById(id).orElseThrow(InformationNotFound::new);
    }

    /** A step cannot be dated in the future nor before the step it follows, or the clocks would lie. */
    private void checkDate(InfoRequest request, LocalDate on) {
        if (on == null || on.isAfter(today())) {
            throw new InformationRefused("information.error.date");
        }
        List<InfoRequestEvent> history = events.findByRequestIdOrderByHappenedOnAscIdAsc(request.id());
        LocalDate last = history.isEmpty() ? request.filedOn() : history.getLast().happenedOn();
        if (on.isBefore(last)) {
            throw new InformationRefused("information.error.dateBeforeLastStep");
        }
    }

    private void record(InfoRequest request, LocalDate on, String note, String actor, String action, String before) {
        requests.flush();
        events.save(new InfoRequestEvent(request.id(), request.status(), on, note, actor));
        audit.record(actor, slug(), action, "info_request/" + request.id(), before,
                request.status() + " " + on + (note == null ? "" : ": " + note));
    }

    private RequestView view(InfoRequest r) {
        return view(r, calendar.clock(), today(), files.of(ANSWER_FILES, r.id()),
                events.findByRequestIdOrderByHappenedOnAscIdAsc(r.id()));
    }

    /** Views of many requests from histories and documents read beforehand for all of them. */
    private List<RequestView> views(List<InfoRequest> rows, Map<Long, List<InfoRequestEvent>> histories,
                                    Map<Long, List<CommuneFiles.StoredFile>> documents) {
        InformationClock clocks = calendar.clock();
        LocalDate today = today();
        return rows.stream().map(r -> view(r, clocks, today, documents.getOrDefault(r.id(), List.of()),
                histories.getOrDefault(r.id(), List.of()))).toList();
    }

    private static RequestView view(InfoRequest r, InformationClock clocks, LocalDate today,
                                    List<CommuneFiles.StoredFile> documents, List<InfoRequestEvent> history) {
        boolean implicit = InformationClock.isImplicitRefusal(r.status(), r.dueOn(), today);
        return new RequestView(r.id(), r.trackingCode(), r.channel(), r.subject(), r.details(), r.urgent(),
                r.urgentReason(), r.filedOn(), r.firstDueOn(), r.dueOn(), r.extendedOn(), r.extensionReason(),
                r.status(), r.decidedOn(), r.answerText(), r.refusalGround(), implicit,
                clocks.headComplaintUntil(r.status(), r.dueOn(), r.decidedOn(), today).orElse(null),
                documents, history.stream().map(InfoRequestEvent::view).toList(),
                new RequestView.Requester(r.requesterAccount(), r.requesterName(), r.contactEmail(), r.contactPhone(),
                        r.contactAddress(), r.cinLast3(), r.anonymised()));
    }

    private static String required(String typed, int max, String key) {
        String value = optional(typed, max);
        if (value == null) {
            throw new InformationRefused(key);
        }
        return value;
    }

    private static String optional(String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        if (value.length() > max) {
            throw new InformationRefused("information.error.tooLong", max);
        }
        return value;
    }

    private static String slug() {
        return CurrentCommune.require().slug();
    }
}
