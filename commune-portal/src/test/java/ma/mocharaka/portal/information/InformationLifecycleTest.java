package ma.mocharaka.portal.information;

import static ma.mocharaka.portal.information.InformationFixtures.form;
import static ma.mocharaka.portal.information.InformationFixtures.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.files.CommuneFiles;

/** Every step of an information request and every refusal, on the real commune schemas in PostgreSQL. */
@PortalTest
class InformationLifecycleTest {

    private static final String STAFF = "bm.staff";

    @Autowired InformationRequests requests;
    @Autowired WorkingCalendar calendar;
    @Autowired Publications publications;
    @Autowired InformationPersonalData personalData;
    @Autowired CommuneRegistry registry;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aRequestFiledOnlineGetsATrackingNumberAndADeadlineOnTheCommunesCalendar() {
        in("beni-mellal", () -> {
            LocalDate today = requests.today();
            RequestView filed = requests.file(form(uniqueSubject("Budget")), Channel.ONLINE, "citizen-a", "citizen-a", today);
            assertThat(filed.trackingCode()).matches(today.getYear() + "-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}");
            assertThat(filed.status()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(filed.dueOn()).isEqualTo(calendar.clock().dueOn(today, false)).isEqualTo(filed.firstDueOn());
            assertThat(filed.implicitRefusal()).isFalse();
            assertThat(filed.requester().account()).isEqualTo("citizen-a");
            assertThat(filed.history()).extracting(RequestView.Step::status).containsExactly(RequestStatus.RECEIVED);

            // Anyone with the number sees the status, typed in any case and with spaces, but never who asked.
            RequestView tracked = requests.track(" " + filed.trackingCode().toLowerCase() + " ").orElseThrow();
            assertThat(tracked.id()).isEqualTo(filed.id());
            assertThat(tracked.requester()).isNull();
            assertThat(tracked.details()).isNull();
            assertThat(requests.track(today.getYear() + "-ZZZZZZZZ")).isEmpty();
            assertThat(requests.track("x' OR 1=1 --")).isEmpty();
            assertThat(requests.mine("citizen-a")).extracting(RequestView::id).contains(filed.id());
            return null;
        });
        // Another commune does not know the number.
        String code = in("beni-mellal", () -> requests.mine("citizen-a").getFirst().trackingCode());
        assertThat(in("demnat", () -> requests.track(code))).isEmpty();
    }

    @Test
    void aFormWithoutTheMinimumIsRefusedWithTheReason() {
        in("beni-mellal", () -> {
            LocalDate today = requests.today();
            String subject = uniqueSubject("Refus");
            assertRefused(() -> requests.file(new RequestForm(key(), " ", "a@b.ma", null, null, null, subject, "x", false, null),
                    Channel.COUNTER, null, STAFF, today), "information.error.name");
            assertRefused(() -> requests.file(new RequestForm(key(), "Nadia", null, " ", null, null, subject, "x", false, null),
                    Channel.COUNTER, null, STAFF, today), "information.error.contact");
            assertRefused(() -> requests.file(new RequestForm(key(), "Nadia", "pas-une-adresse", null, null, null, subject, "x", false, null),
                    Channel.COUNTER, null, STAFF, today), "information.error.email");
            assertRefused(() -> requests.file(new RequestForm(key(), "Nadia", null, "abc", null, null, subject, "x", false, null),
                    Channel.COUNTER, null, STAFF, today), "information.error.phone");
            assertRefused(() -> requests.file(new RequestForm(key(), "Nadia", "a@b.ma", null, null, null, " ", "x", false, null),
                    Channel.COUNTER, null, STAFF, today), "information.error.subject");
            assertRefused(() -> requests.file(new RequestForm(key(), "Nadia", "a@b.ma", null, null, null, subject, "", false, null),
                    Channel.COUNTER, null, STAFF, today), "information.error.details");
            assertRefused(() -> requests.file(new RequestForm(key(), "Nadia", "a@b.ma", null, null, null, subject, "x", true, " "),
                    Channel.COUNTER, null, STAFF, today), "information.error.urgentReason");
            assertRefused(() -> requests.file(new RequestForm(key(), "Nadia", "a@b.ma", null, null, "123", subject, "x", false, null),
                    Channel.COUNTER, null, STAFF, today), "information.error.cin");
            assertRefused(() -> requests.file(form(subject), Channel.ONLINE, null, "anonymous", today), "information.error.signIn");
            assertRefused(() -> requests.file(form(subject), Channel.COUNTER, null, STAFF, today.plusDays(1)), "information.error.date");
            assertRefused(() -> requests.file(new RequestForm("k".repeat(41), "Nadia", "a@b.ma", null, null, null, subject, "x", false, null),
                    Channel.COUNTER, null, STAFF, today), "information.error.form");
            assertThat(requests.register(RegisterFilter.ALL)).noneMatch(r -> r.subject().equals(subject));
            return null;
        });
    }

    @Test
    void anIdentityNumberIsKeptOnlyAsAKeyedHashAndItsLastThreeCharacters() {
        Commune beniMellal = commune("beni-mellal");
        RequestView filed = in("beni-mellal", () -> requests.file(InformationFixtures.withCin(uniqueSubject("CIN"), "ab 123-456"),
                Channel.COUNTER, null, STAFF, requests.today()));
        assertThat(filed.requester().cinLast3()).isEqualTo("456");
        Map<String, Object> row = jdbc.sql("SELECT * FROM " + beniMellal.schemaName() + ".info_request WHERE id = ?")
                .params(filed.id()).query().singleRow();
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains("AB123456"));
        assertThat(row.get("cin_hash").toString()).hasSize(64);
    }

    @Test
    void anAnsweredRequestEndsThereAndIsAudited() {
        in("beni-mellal", () -> {
            LocalDate today = requests.today();
            RequestView filed = requests.file(form(uniqueSubject("Réponse")), Channel.COUNTER, null, STAFF, today);
            assertRefused(() -> requests.decide(filed.id(), RequestStatus.RECEIVED, "x", null, List.of(), STAFF, today),
                    "information.error.outcome");
            assertRefused(() -> requests.decide(filed.id(), null, "x", null, List.of(), STAFF, today), "information.error.outcome");
            assertRefused(() -> requests.decide(filed.id(), RequestStatus.ANSWERED, " ", null, List.of(), STAFF, today),
                    "information.error.answer");
            assertRefused(() -> requests.decide(filed.id(), RequestStatus.ANSWERED, "Voici", null, List.of(), STAFF, today.plusDays(1)),
                    "information.error.date");
            assertRefused(() -> requests.decide(filed.id(), RequestStatus.ANSWERED, "Voici", null, List.of(), STAFF, today.minusDays(1)),
                    "information.error.dateBeforeLastStep");
            MultipartFile notADocument = new MockMultipartFile("documents", "script.exe", "application/pdf", new byte[] {0x4d, 0x5a, 1, 2});
            assertRefused(() -> requests.decide(filed.id(), RequestStatus.ANSWERED, "Voici", null, List.of(notADocument), STAFF, today),
                    "files.error.type");
            assertThat(requests.find(filed.id()).status()).isEqualTo(RequestStatus.RECEIVED);

            MultipartFile pdf = new MockMultipartFile("documents", "budget 2025.pdf", "application/pdf",
                    "%PDF-1.4\n%demo\n".getBytes());
            RequestView answered = requests.decide(filed.id(), RequestStatus.ANSWERED, "Voici le budget adopté.",
                    RefusalGround.PRIVATE_LIFE, List.of(pdf), STAFF, today);
            assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
            assertThat(answered.refusalGround()).as("a full answer names no ground").isNull();
            assertThat(answered.late()).isFalse();
            assertThat(answered.complaintPossible()).isFalse();
            assertThat(answered.documents()).hasSize(1);
            long fileId = answered.documents().getFirst().id();
            assertThat(requests.document(answered.trackingCode(), fileId)).isPresent();
            assertThat(requests.document(answered.trackingCode(), fileId + 1000)).isEmpty();

            assertRefused(() -> requests.decide(filed.id(), RequestStatus.REFUSED, "Non", RefusalGround.STATE_SECURITY, List.of(), STAFF, today),
                    "information.error.wrongStatus");
            assertRefused(() -> requests.extend(filed.id(), "Volume", true, STAFF, today), "information.error.wrongStatus");
            assertThat(requests.find(filed.id()).history()).extracting(RequestView.Step::status)
                    .containsExactly(RequestStatus.RECEIVED, RequestStatus.ANSWERED);
            assertThat(audit.recent("beni-mellal", 50)).extracting(AuditTrail.AuditEvent::target)
                    .contains("info_request/" + filed.id());
            assertThat(audit.recent("beni-mellal", 50)).extracting(AuditTrail.AuditEvent::action)
                    .contains("information.file", "information.decide");
            return null;
        });
    }

    @Test
    void refusalsAndPartialAnswersNameAGroundOfArticleSeven() {
        in("beni-mellal", () -> {
            LocalDate today = requests.today();
            RequestView refused = requests.file(form(uniqueSubject("Refus motivé")), Channel.COUNTER, null, STAFF, today);
            assertRefused(() -> requests.decide(refused.id(), RequestStatus.REFUSED, "Données personnelles", null, List.of(), STAFF, today),
                    "information.error.ground");
            RequestView done = requests.decide(refused.id(), RequestStatus.REFUSED, "Adresses personnelles des bénéficiaires",
                    RefusalGround.PRIVATE_LIFE, List.of(), STAFF, today);
            assertThat(done.status()).isEqualTo(RequestStatus.REFUSED);
            assertThat(done.refusalGround()).isEqualTo(RefusalGround.PRIVATE_LIFE);
            assertThat(done.complaintPossible()).isTrue();
            assertThat(done.headComplaintUntil()).isEqualTo(calendar.clock().addWorkingDays(today, 20));
            assertThat(done.history().getLast().note()).isEqualTo("PRIVATE_LIFE");

            RequestView partly = requests.file(form(uniqueSubject("Partiel")), Channel.COUNTER, null, STAFF, today);
            assertRefused(() -> requests.decide(partly.id(), RequestStatus.PARTLY_ANSWERED, "Une partie", null, List.of(), STAFF, today),
                    "information.error.ground");
            RequestView partial = requests.decide(partly.id(), RequestStatus.PARTLY_ANSWERED, "Liste sans les montants",
                    RefusalGround.FAIR_COMPETITION, List.of(), STAFF, today);
            assertThat(partial.status()).isEqualTo(RequestStatus.PARTLY_ANSWERED);
            assertThat(partial.complaintPossible()).isTrue();
            return null;
        });
    }

    @Test
    void theDeadlineIsExtendedOnceWithAReasonAndANoticeButNeverForUrgentOrExpiredRequests() {
        in("beni-mellal", () -> {
            LocalDate today = requests.today();
            RequestView filed = requests.file(form(uniqueSubject("Prolongation")), Channel.COUNTER, null, STAFF, today);
            assertRefused(() -> requests.extend(filed.id(), " ", true, STAFF, today), "information.error.extensionReason");
            assertRefused(() -> requests.extend(filed.id(), "Volume", false, STAFF, today), "information.error.notice");
            RequestView extended = requests.extend(filed.id(), "Nombre important de documents", true, STAFF, today);
            assertThat(extended.status()).isEqualTo(RequestStatus.EXTENDED);
            assertThat(extended.firstDueOn()).isEqualTo(filed.dueOn());
            assertThat(extended.dueOn()).isEqualTo(calendar.clock().extendedDueOn(filed.dueOn()));
            assertThat(extended.extensionReason()).isEqualTo("Nombre important de documents");
            assertThat(requests.track(extended.trackingCode()).orElseThrow().extensionReason())
                    .as("the requester reads the reason on the tracking page").isEqualTo("Nombre important de documents");
            assertRefused(() -> requests.extend(filed.id(), "Encore", true, STAFF, today), "information.error.alreadyExtended");
            assertThat(requests.decide(filed.id(), RequestStatus.ANSWERED, "Voici", null, List.of(), STAFF, today).status())
                    .isEqualTo(RequestStatus.ANSWERED);

            RequestView urgent = requests.file(InformationFixtures.urgent(uniqueSubject("Urgent")), Channel.COUNTER, null, STAFF, today);
            assertThat(urgent.dueOn()).isEqualTo(calendar.clock().dueOn(today, true));
            assertRefused(() -> requests.extend(urgent.id(), "Volume", true, STAFF, today), "information.error.urgentNoExtension");

            RequestView expired = requests.file(form(uniqueSubject("Expirée")), Channel.COUNTER, null, STAFF, LocalDate.of(2025, 1, 6));
            assertRefused(() -> requests.extend(expired.id(), "Volume", true, STAFF, today), "information.error.extensionTooLate");
            return null;
        });
    }

    @Test
    void silencePastTheDeadlineShowsAsAnImplicitRefusalAndALateAnswerIsMarkedLate() {
        in("beni-mellal", () -> {
            LocalDate filedOn = LocalDate.of(2025, 9, 1);
            RequestView silent = requests.file(form(uniqueSubject("Silence")), Channel.COUNTER, null, STAFF, filedOn);
            // 1 September 2025 + 20 working days, with the Mawlid holidays of 5 and 6 September 2025 in the calendar.
            assertThat(silent.dueOn()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(silent.implicitRefusal()).isTrue();
            assertThat(silent.shownStatus()).isEqualTo("IMPLICIT_REFUSAL");
            assertThat(silent.status()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(silent.complaintPossible()).isTrue();
            assertThat(silent.headComplaintUntil()).isEqualTo(calendar.clock().addWorkingDays(LocalDate.of(2025, 9, 30), 20));
            assertThat(requests.register(RegisterFilter.of("IMPLICIT_REFUSAL", "2025", null)))
                    .extracting(RequestView::id).contains(silent.id());
            assertThat(requests.publicRegister(RegisterFilter.of("OPEN", "2025", null), 1).requests())
                    .extracting(RequestView::id).contains(silent.id());

            RequestView late = requests.decide(silent.id(), RequestStatus.ANSWERED, "Avec retard", null, List.of(), STAFF,
                    LocalDate.of(2025, 10, 15));
            assertThat(late.implicitRefusal()).isFalse();
            assertThat(late.late()).isTrue();
            assertThat(late.complaintPossible()).isTrue();
            return null;
        });
    }

    @Test
    void holidaysKeptByTheAdministratorMoveTheDeadlinesOfNewRequests() {
        in("azilal", () -> {
            assertThat(calendar.all()).extracting(WorkingCalendar.HolidayView::day)
                    .contains(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 11, 18), LocalDate.of(2026, 3, 20));
            // Monday 7 December 2026 + 20 working days is Monday 4 January 2027; 1 January 2027 is a Friday holiday.
            LocalDate filed = LocalDate.of(2026, 12, 7);
            assertThat(calendar.clock().dueOn(filed, false)).isEqualTo(LocalDate.of(2027, 1, 5));
            WorkingCalendar.HolidayView local = calendar.add(LocalDate.of(2026, 12, 18),
                    LocalizedText.of("موسم محلي", "Moussem local", null, null), "LOCAL", "azilal.admin");
            assertThat(calendar.clock().dueOn(filed, false)).isEqualTo(LocalDate.of(2027, 1, 6));
            assertRefused(() -> calendar.add(LocalDate.of(2026, 12, 18), LocalizedText.of("x", null, null, null), "LOCAL", "azilal.admin"),
                    "information.error.holidayExists");
            assertRefused(() -> calendar.add(LocalDate.of(2026, 12, 21), LocalizedText.of(null, null, null, null), "LOCAL", "azilal.admin"),
                    "information.error.holidayName");
            assertRefused(() -> calendar.add(LocalDate.of(2026, 12, 21), LocalizedText.of("x", null, null, null), "WEEKLY", "azilal.admin"),
                    "information.error.holidayKind");
            calendar.remove(local.id(), "azilal.admin");
            assertThat(calendar.clock().dueOn(filed, false)).isEqualTo(LocalDate.of(2027, 1, 5));
            assertThat(audit.recent("azilal", 20)).extracting(AuditTrail.AuditEvent::action)
                    .contains("information.holiday.add", "information.holiday.remove");
            return null;
        });
        // Beni Mellal's calendar is its own.
        assertThat(in("beni-mellal", () -> calendar.all())).noneMatch(h -> h.day().equals(LocalDate.of(2026, 12, 18)));
    }

    @Test
    void oneFormPostedAHundredTimesAtOnceFilesOneRequest() throws Exception {
        Commune beniMellal = commune("beni-mellal");
        RequestForm once = form(uniqueSubject("Concurrence"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return CurrentCommune.callAs(beniMellal, () -> requests.file(once, Channel.ONLINE, "hurried", "hurried",
                            requests.today()).id());
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> outcome : outcomes) {
                ids.add(outcome.get());
            }
            assertThat(ids).hasSize(100).containsOnly(ids.getFirst());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM " + beniMellal.schemaName() + ".info_request WHERE subject = ?")
                .params(once.subject()).query(Long.class).single()).isEqualTo(1L);
        // The same form key replayed from another account learns nothing about the request it filed.
        in("beni-mellal", () -> {
            assertRefused(() -> requests.file(once, Channel.ONLINE, "someone-else", "someone-else", requests.today()),
                    "information.error.form");
            assertRefused(() -> requests.file(once, Channel.COUNTER, null, STAFF, requests.today()), "information.error.form");
            return null;
        });
    }

    @Test
    void aCitizensDataIsExportedAndErasedWhileTheRequestStaysInTheRegister() {
        String account = "erase-" + UUID.randomUUID();
        in("beni-mellal", () -> {
            RequestView filed = requests.file(form(uniqueSubject("Effacement")), Channel.ONLINE, account, account, requests.today());
            assertThat(personalData.section()).isEqualTo("information");
            assertThat(personalData.export(account).toString()).contains(filed.trackingCode()).contains("Fatima Zahra")
                    .contains("fz@example.org");
            personalData.erase(account);
            RequestView after = requests.find(filed.id());
            assertThat(after.requester().anonymised()).isTrue();
            assertThat(after.requester().name()).isNull();
            assertThat(after.requester().email()).isNull();
            assertThat(after.requester().account()).isNull();
            assertThat(after.subject()).isEqualTo(filed.subject());
            // The newest request of the commune, so on the first page.
            assertThat(requests.publicRegister(RegisterFilter.ALL, 1).requests()).extracting(RequestView::id).contains(filed.id());
            assertThat(requests.mine(account)).isEmpty();
            assertThat(personalData.export(account).toString()).doesNotContain(filed.trackingCode());
            return null;
        });
    }

    @Test
    void theFactsViewCountsRequestsAnswersAndRefusalsByMonthWithTheAgreedCodes() {
        Commune demnat = commune("demnat");
        in("demnat", () -> {
            // July 2024: four requests; one answered on time, one answered late (September), one refused, one silent.
            long onTime = requests.file(form(uniqueSubject("Faits 1")), Channel.COUNTER, null, "demnat.staff", LocalDate.of(2024, 7, 1)).id();
            long late = requests.file(form(uniqueSubject("Faits 2")), Channel.COUNTER, null, "demnat.staff", LocalDate.of(2024, 7, 2)).id();
            long refused = requests.file(form(uniqueSubject("Faits 3")), Channel.COUNTER, null, "demnat.staff", LocalDate.of(2024, 7, 3)).id();
            requests.file(form(uniqueSubject("Faits 4")), Channel.COUNTER, null, "demnat.staff", LocalDate.of(2024, 7, 4));
            requests.decide(onTime, RequestStatus.ANSWERED, "ok", null, List.of(), "demnat.staff", LocalDate.of(2024, 7, 10));
            requests.decide(late, RequestStatus.PARTLY_ANSWERED, "en partie", RefusalGround.PRIVATE_LIFE, List.of(), "demnat.staff",
                    LocalDate.of(2024, 9, 2));
            requests.decide(refused, RequestStatus.REFUSED, "non", RefusalGround.NATIONAL_DEFENCE, List.of(), "demnat.staff",
                    LocalDate.of(2024, 7, 20));
            return null;
        });
        List<Map<String, Object>> facts = jdbc.sql("SELECT indicator, dimension, month, amount FROM " + demnat.schemaName()
                        + ".information_monthly_fact WHERE month BETWEEN DATE '2024-07-01' AND DATE '2024-09-01' ORDER BY indicator, month")
                .query().listOfRows();
        assertThat(facts).extracting(row -> row.get("indicator") + " " + row.get("month") + " " + ((BigDecimal) row.get("amount")).intValue())
                .containsExactlyInAnyOrder(
                        "information.requests 2024-07-01 4",
                        "information.answered.on_time 2024-07-01 1",
                        "information.answered.late 2024-09-01 1",
                        "information.refused 2024-07-01 1",
                        // No 2024 holiday is in the calendar: the late one was due on 30 July 2024, the silent one
                        // (filed Thursday 4 July) on 1 August 2024; both deadlines passed without an answer.
                        "information.implicit_refusals 2024-07-01 1",
                        "information.implicit_refusals 2024-08-01 1");
        assertThat(facts).allSatisfy(row -> assertThat(row.get("dimension")).isEqualTo(""));
        List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                        + "AND table_name = 'information_monthly_fact' ORDER BY ordinal_position")
                .params(demnat.schemaName()).query(String.class).list();
        assertThat(columns).containsExactly("indicator", "dimension", "month", "amount");
    }

    @Test
    void aDeadlinePassesWhenItsLastDayIsOverInMoroccoWhateverTheZoneOfTheDatabaseSession() {
        String view = commune("demnat").schemaName() + ".information_monthly_fact";
        String table = commune("demnat").schemaName() + ".info_request";
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        List<Boolean> sessionOnAnotherDay = new ArrayList<>();
        // The servers' UTC, and zones 14 hours ahead of and 12 hours behind UTC: whatever the hour of the run, the
        // session date of at least one of them is not Morocco's, which current_date would have followed.
        for (String zone : List.of("UTC", "Etc/GMT-14", "Etc/GMT+12")) {
            rolledBack.executeWithoutResult(transaction -> {
                transaction.setRollbackOnly();
                jdbc.sql("SELECT set_config('TimeZone', ?, true)").params(zone).query().singleValue();
                LocalDate moroccanToday = jdbc.sql("SELECT CAST(now() AT TIME ZONE 'Africa/Casablanca' AS date)")
                        .query(LocalDate.class).single();
                sessionOnAnotherDay.add(!moroccanToday.equals(jdbc.sql("SELECT current_date").query(LocalDate.class).single()));
                assertThat(implicitRefusalsAdded(view, table, moroccanToday.minusDays(1)))
                        .as("due yesterday in Morocco, session in %s", zone).isEqualTo(1);
                assertThat(implicitRefusalsAdded(view, table, moroccanToday))
                        .as("due today in Morocco, session in %s", zone).isZero();
            });
        }
        assertThat(sessionOnAnotherDay).contains(true);
    }

    /** How many implicit refusals the facts gain in the due month when a request without answer is due on that day. */
    private int implicitRefusalsAdded(String view, String table, LocalDate dueOn) {
        String count = "SELECT coalesce(sum(amount), 0) FROM " + view
                + " WHERE indicator = 'information.implicit_refusals' AND month = ?";
        BigDecimal before = jdbc.sql(count).params(dueOn.withDayOfMonth(1)).query(BigDecimal.class).single();
        jdbc.sql("INSERT INTO " + table + " (tracking_code, submission_key, channel, requester_name, contact_email, subject, "
                        + "details, filed_on, first_due_on, due_on, status, created_by) "
                        + "VALUES (?, ?, 'COUNTER', 'Nadia', 'nadia@example.org', ?, 'x', ?, ?, ?, 'RECEIVED', 'demnat.staff')")
                .params("Z-" + UUID.randomUUID().toString().substring(0, 8), key(), uniqueSubject("Minuit"),
                        dueOn.minusDays(30), dueOn, dueOn)
                .update();
        BigDecimal after = jdbc.sql(count).params(dueOn.withDayOfMonth(1)).query(BigDecimal.class).single();
        return after.subtract(before).intValueExact();
    }

    @Test
    void publicationsNeedATitleAndAFileOrASafeLink() {
        in("beni-mellal", () -> {
            LocalizedText title = LocalizedText.of(null, uniqueSubject("Budget 2026"), null, null);
            LocalDate on = LocalDate.of(2026, 1, 15);
            assertRefused(() -> publications.add(LocalizedText.of(null, null, null, null), PublicationCategory.BUDGET, on,
                    "https://example.org/budget.pdf", null, STAFF), "information.error.publicationTitle");
            assertRefused(() -> publications.add(title, PublicationCategory.BUDGET, on, null, null, STAFF), "information.error.fileOrLink");
            assertRefused(() -> publications.add(title, PublicationCategory.BUDGET, on, "javascript:alert(1)", null, STAFF),
                    "information.error.url");
            assertRefused(() -> publications.add(title, PublicationCategory.BUDGET, on, "//evil.example/x", null, STAFF),
                    "information.error.url");
            assertRefused(() -> publications.add(title, null, on, "https://example.org/x", null, STAFF), "information.error.category");
            MultipartFile pdf = new MockMultipartFile("file", "budget.pdf", "application/pdf", "%PDF-1.7\n".getBytes());
            Publications.PublicationView added = publications.add(title, PublicationCategory.BUDGET, on, null, pdf, STAFF);
            assertThat(added.documents()).hasSize(1);
            assertThat(publications.file(added.id(), added.documents().getFirst().id())).isPresent();
            Publications.PublicationView link = publications.add(LocalizedText.of("الميزانية", null, null, null),
                    PublicationCategory.BUDGET, on, "/c/beni-mellal/action-plan", null, STAFF);
            assertThat(publications.all()).extracting(Publications.PublicationView::id).contains(added.id(), link.id());
            publications.remove(added.id(), STAFF);
            assertThat(publications.file(added.id(), added.documents().getFirst().id())).isEmpty();
            assertThat(publications.all()).extracting(Publications.PublicationView::id).doesNotContain(added.id());
            return null;
        });
    }

    @Test
    void theRegisterReadsHistoriesAndDocumentsInOneQueryEachAndShowsEachRequestAsItsOwnPageDoes() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        in("beni-mellal", () -> {
            LocalDate today = requests.today();
            RequestView answered = requests.file(form(uniqueSubject("Registre")), Channel.COUNTER, null, STAFF, today);
            MultipartFile pdf = new MockMultipartFile("documents", "registre.pdf", "application/pdf",
                    "%PDF-1.4\n%registre\n".getBytes());
            requests.decide(answered.id(), RequestStatus.ANSWERED, "Voici.", null, List.of(pdf), STAFF, today);
            RequestView extended = requests.file(form(uniqueSubject("Registre")), Channel.COUNTER, null, STAFF, today);
            requests.extend(extended.id(), "Documents nombreux", true, STAFF, today);
            RequestView received = requests.file(form(uniqueSubject("Registre")), Channel.COUNTER, null, STAFF, today);

            boolean counting = statistics.isStatisticsEnabled();
            statistics.setStatisticsEnabled(true);
            long before = statistics.getPrepareStatementCount();
            List<RequestView> register;
            long statements;
            try {
                register = requests.register(RegisterFilter.ALL);
                statements = statistics.getPrepareStatementCount() - before;
            } finally {
                statistics.setStatisticsEnabled(counting);
            }
            assertThat(register).hasSizeGreaterThanOrEqualTo(3);
            // The requests, their histories, their documents (and perhaps the calendar): not two more per row.
            assertThat(statements).as("statements for a register of %d requests", register.size()).isBetween(1L, 5L);

            for (RequestView one : List.of(answered, extended, received)) {
                assertThat(register).contains(requests.find(one.id()));
            }
            RequestView answeredInRegister = register.stream().filter(r -> r.id() == answered.id()).findFirst().orElseThrow();
            assertThat(answeredInRegister.documents()).extracting(CommuneFiles.StoredFile::filename).containsExactly("registre.pdf");
            assertThat(answeredInRegister.history()).extracting(RequestView.Step::status)
                    .containsExactly(RequestStatus.RECEIVED, RequestStatus.ANSWERED);
            return null;
        });
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InformationRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private Commune commune(String slug) {
        return registry.findBySlug(slug).orElseThrow();
    }

    private <T> T in(String slug, Callable<T> action) {
        return CurrentCommune.callAs(commune(slug), action);
    }
}
