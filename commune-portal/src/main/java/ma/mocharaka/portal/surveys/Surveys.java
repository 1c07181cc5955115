package ma.mocharaka.portal.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;
import ma.mocharaka.portal.residence.CinFingerprints;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** Satisfaction surveys of the current commune: building them, answering them online and on paper, their results. */
@Service
public class Surveys {

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final SurveyOptionRepository options;
    private final ResponseStore responses;
    private final ResidenceVerification residence;
    private final AuditTrail audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    Surveys(SurveyRepository surveys, SurveyQuestionRepository questions, SurveyOptionRepository options,
            ResponseStore responses, ResidenceVerification residence, AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.options = options;
        this.responses = responses;
        this.residence = residence;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Morocco: windows are days of the commune's calendar, not of the server's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- building a survey ------------------------------------------------------------------------------------

    @Transactional
    public SurveyView create(SurveyDraft draft, String actor) {
        check(draft.problem());
        Survey survey = surveys.saveAndFlush(new Survey(draft, actor));
        audit(actor, "surveys.create", survey, null, draft.service().code() + " " + draft.opensOn() + ".." + draft.closesOn());
        return view(survey);
    }

    @Transactional
    public SurveyView update(long id, SurveyDraft draft, String actor) {
        check(draft.problem());
        Survey survey = loadEditable(id);
        String before = survey.service().code() + " " + survey.opensOn() + ".." + survey.closesOn();
        survey.change(draft);
        surveys.flush();
        audit(actor, "surveys.update", survey, before, draft.service().code() + " " + draft.opensOn() + ".." + draft.closesOn());
        return view(survey);
    }

    @Transactional
    public SurveyView addQuestion(long id, QuestionForm form, String actor) {
        check(form.problem());
        Survey survey = loadEditable(id);
        int position = questions.findBySurveyIdOrderByPositionAsc(id).size() + 1;
        SurveyQuestion question = questions.saveAndFlush(new SurveyQuestion(id, position, form.kind(), form.prompt()));
        saveOptions(question, form);
        audit(actor, "surveys.question.add", survey, null, "q" + position + " " + form.kind());
        return view(survey);
    }

    @Transactional
    public SurveyView changeQuestion(long id, long questionId, QuestionForm form, String actor) {
        check(form.problem());
        Survey survey = loadEditable(id);
        SurveyQuestion question = questions.findByIdAndSurveyId(questionId, id).orElseThrow(SurveyNotFound::new);
        String before = question.kind() + " " + question.prompt().values();
        question.change(form.kind(), form.prompt());
        options.deleteByQuestionId(questionId);
        options.flush();
        saveOptions(question, form);
        audit(actor, "surveys.question.change", survey, before, form.kind() + " " + form.prompt().values());
        return view(survey);
    }

    /** Moves a question one place up ({@code -1}) or down ({@code +1}) by swapping it with its neighbour. */
    @Transactional
    public SurveyView moveQuestion(long id, long questionId, int direction, String actor) {
        Survey survey = loadEditable(id);
        List<SurveyQuestion> ordered = questions.findBySurveyIdOrderByPositionAsc(id);
        SurveyQuestion question = questions.findByIdAndSurveyId(questionId, id).orElseThrow(SurveyNotFound::new);
        int index = ordered.indexOf(question);
        int other = index + Integer.signum(direction);
        if (other >= 0 && other < ordered.size() && direction != 0) {
            SurveyQuestion neighbour = ordered.get(other);
            int position = question.position();
            question.moveTo(neighbour.position());
            neighbour.moveTo(position);
            audit(actor, "surveys.question.move", survey, "q" + position, "q" + question.position());
        }
        return view(survey);
    }

    @Transactional
    public SurveyView deleteQuestion(long id, long questionId, String actor) {
        Survey survey = loadEditable(id);
        SurveyQuestion question = questions.findByIdAndSurveyId(questionId, id).orElseThrow(SurveyNotFound::new);
        questions.delete(question);
        questions.flush();
        int position = 1;
        for (SurveyQuestion remaining : questions.findBySurveyIdOrderByPositionAsc(id)) {
            remaining.moveTo(position++);
        }
        audit(actor, "surveys.question.delete", survey, "q" + question.position() + " " + question.prompt().values(), null);
        return view(survey);
    }

    @Transactional
    public SurveyView launch(long id, String actor) {
        Survey survey = load(id);
        if (questions.findBySurveyIdOrderByPositionAsc(id).isEmpty()) {
            throw new SurveyRefused("surveys.error.noQuestions");
        }
        survey.launch();
        surveys.flush();
        audit(actor, "surveys.launch", survey, "DRAFT", survey.phase(today()).name());
        return view(survey);
    }

    @Transactional
    public SurveyView close(long id, String actor) {
        Survey survey = load(id);
        survey.close(today());
        surveys.flush();
        audit(actor, "surveys.close", survey, "OPEN", "CLOSED " + today());
        return view(survey);
    }

    @Transactional
    public SurveyView publishResults(long id, String actor) {
        Survey survey = load(id);
        survey.publishResults(today());
        surveys.flush();
        audit(actor, "surveys.publish", survey, null, "results public " + survey.resultsPublishedOn());
        return view(survey);
    }

    // ---- answering ---------------------------------------------------------------------------------------------

    /**
     * An online answer. {@code username} is the signed-in person who chose to sign (null: anonymous, and then no
     * account is stored at all). Returns false when that verified person had already answered this survey.
     */
    @Transactional
    public boolean answerOnline(long id, Map<Long, String> typed, InclusionAnswers inclusion, String username) {
        Survey survey = lockForAnswers(id);
        LocalDate today = today();
        if (survey.phase(today) != SurveyPhase.OPEN) {
            throw new SurveyRefused("surveys.error.notOpen");
        }
        CinFingerprints.Fingerprint cin = null;
        if (username != null) {
            cin = residence.fingerprintOf(username).orElseThrow(() -> new SurveyRefused("surveys.error.notVerified"));
        } else if (survey.respondents() == Respondents.VERIFIED_RESIDENTS) {
            throw new SurveyRefused("surveys.error.signedOnly");
        }
        List<NewResponse.Answer> answers = onlineAnswers(view(survey), typed);
        InclusionAnswers kept = inclusion == null || !inclusion.consent() ? InclusionAnswers.declined() : inclusion;
        return responses.add(id, "ONLINE", List.of(new NewResponse(today, kept, answers)), cin,
                cin == null ? null : username, null) == 1;
    }

    /**
     * The inclusion answers as a person gives them online (the form's fields, or the API's): kept only with consent,
     * each optional; a gender or age band that is none of the choices is refused, not guessed.
     */
    public static InclusionAnswers inclusion(boolean consent, String gender, String ageBand, String disability) {
        if (!consent) {
            return InclusionAnswers.declined();
        }
        Boolean disabled = "YES".equals(disability) ? Boolean.TRUE : "NO".equals(disability) ? Boolean.FALSE : null;
        return InclusionAnswers.given(enumOrNull(Gender.class, gender), enumOrNull(AgeBand.class, ageBand), disabled);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new SurveyRefused("surveys.error.inclusion");
        }
    }

    private static List<NewResponse.Answer> onlineAnswers(SurveyView survey, Map<Long, String> typed) {
        List<NewResponse.Answer> answers = new ArrayList<>();
        for (SurveyView.QuestionView question : survey.questions()) {
            String value = typed.get(question.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            switch (question.kind()) {
                case SCALE -> answers.add(new NewResponse.Answer(question.id(), PaperForms.scale(value)
                        .orElseThrow(() -> new SurveyRefused("surveys.error.answer", question.position())), null, null));
                case CHOICE -> answers.add(new NewResponse.Answer(question.id(), null, question.options().stream()
                        .filter(option -> String.valueOf(option.id()).equals(value.strip())).findFirst()
                        .map(SurveyView.OptionView::id)
                        .orElseThrow(() -> new SurveyRefused("surveys.error.answer", question.position())), null));
                case TEXT -> {
                    if (value.strip().length() > 2000) {
                        throw new SurveyRefused("surveys.error.textTooLong", question.position());
                    }
                    answers.add(new NewResponse.Answer(question.id(), null, null, value.strip()));
                }
            }
        }
        if (answers.isEmpty()) {
            throw new SurveyRefused("surveys.error.noAnswer");
        }
        return answers;
    }

    /** Checks paper forms without saving anything: what the entry page and the import preview show. */
    @Transactional(readOnly = true)
    public List<PaperForms.CheckedRow> checkPaper(long id, List<PaperForms.TypedRow> rows, LocalDate batchDate) {
        Survey survey = load(id);
        if (!view(survey).acceptsPaper()) {
            throw new SurveyRefused("surveys.error.paperNotYet");
        }
        return PaperForms.check(rows, view(survey), batchDate, survey.lastDay(), today());
    }

    /**
     * Saves paper forms all or nothing: if any row has a problem, nothing is saved and the rows come back checked.
     * Returns the rows as checked; when every one is valid they have been stored.
     */
    @Transactional
    public PaperOutcome enterPaper(long id, List<PaperForms.TypedRow> rows, LocalDate batchDate, String staff) {
        Survey survey = lockForAnswers(id);
        SurveyView view = view(survey);
        if (!view.acceptsPaper()) {
            throw new SurveyRefused("surveys.error.paperNotYet");
        }
        List<PaperForms.CheckedRow> checked = PaperForms.check(rows, view, batchDate, survey.lastDay(), today());
        if (checked.isEmpty()) {
            throw new SurveyRefused("surveys.paper.error.nothing");
        }
        if (!checked.stream().allMatch(PaperForms.CheckedRow::isValid)) {
            return new PaperOutcome(0, checked);
        }
        int stored = responses.add(id, "PAPER", checked.stream().map(PaperForms.CheckedRow::response).toList(),
                null, null, staff);
        audit(staff, "surveys.paper", survey, null, stored + " paper forms");
        return new PaperOutcome(stored, checked);
    }

    public record PaperOutcome(int stored, List<PaperForms.CheckedRow> rows) {

        public boolean saved() {
            return stored > 0;
        }

        public long invalid() {
            return rows.stream().filter(row -> !row.isValid()).count();
        }
    }

    @Transactional(readOnly = true)
    public boolean isVerified(String username) {
        return username != null && residence.fingerprintOf(username).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean hasAnswered(long id, String username) {
        return username != null && residence.fingerprintOf(username)
                .map(cin -> !entityManager.createNativeQuery(
                                "SELECT 1 FROM survey_response WHERE survey_id = :s AND cin_hash = :h")
                        .setParameter("s", id).setParameter("h", cin.hash()).getResultList().isEmpty())
                .orElse(false);
    }

    // ---- moderation ------------------------------------------------------------------------------------------

    @Transactional
    public void hideText(long id, long answerId, String reason, String staff) {
        load(id);
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new SurveyRefused("surveys.error.hideReason");
        }
        int changed = entityManager.createNativeQuery("""
                        UPDATE survey_answer a SET hidden_reason = :reason, hidden_by = :staff, hidden_at = now()
                          FROM survey_response r
                         WHERE a.id = :answer AND r.id = a.response_id AND r.survey_id = :survey
                           AND a.text_value IS NOT NULL AND a.hidden_reason IS NULL""")
                .setParameter("reason", reason.strip()).setParameter("staff", staff)
                .setParameter("answer", answerId).setParameter("survey", id)
                .executeUpdate();
        if (changed == 0) {
            throw new SurveyNotFound();
        }
        audit.record(staff, slug(), "surveys.hide", "survey_answer/" + answerId, null, reason.strip());
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<SurveyView> all() {
        return surveys.findAllByOrderByOpensOnDescIdDesc().stream().map(this::view).toList();
    }

    /** What citizens see: launched surveys whose window has opened or is announced, never drafts. */
    @Transactional(readOnly = true)
    public List<SurveyView> published() {
        return all().stream().filter(survey -> survey.phase() != SurveyPhase.DRAFT).toList();
    }

    @Transactional(readOnly = true)
    public SurveyView find(long id) {
        return view(load(id));
    }

    /** A survey as citizens may see it: drafts do not exist for them. */
    @Transactional(readOnly = true)
    public SurveyView findPublished(long id) {
        SurveyView survey = find(id);
        if (survey.phase() == SurveyPhase.DRAFT) {
            throw new SurveyNotFound();
        }
        return survey;
    }

    @Transactional(readOnly = true)
    public boolean anyCreatedBy(String actor) {
        return surveys.existsByCreatedBy(actor);
    }

    /** Results for staff, at any time, with every group and the hidden texts marked. */
    @Transactional(readOnly = true)
    public SurveyResults results(long id) {
        return results(find(id), false);
    }

    /** Results for everyone, once the survey closed or staff published them; small groups are not shown. */
    @Transactional(readOnly = true)
    public SurveyResults publicResults(long id) {
        SurveyView survey = findPublished(id);
        if (!survey.resultsPublic()) {
            throw new SurveyRefused("surveys.error.resultsNotPublic");
        }
        return results(survey, true);
    }

    /** Per service, over the surveys whose results the reader may see: how many answered and the mean score. */
    @Transactional(readOnly = true)
    public List<SurveyResults.ServiceSummary> serviceSummaries(boolean forPublic) {
        List<Long> ids = all().stream().filter(s -> s.phase() != SurveyPhase.DRAFT)
                .filter(s -> !forPublic || s.resultsPublic()).map(SurveyView::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT s.service_code, count(DISTINCT s.id),
                               (SELECT count(*) FROM survey_response r2 JOIN survey s2 ON s2.id = r2.survey_id
                                 WHERE s2.service_code = s.service_code AND s2.id IN (:ids)),
                               count(a.scale_value), sum(a.scale_value)
                          FROM survey s
                          LEFT JOIN survey_response r ON r.survey_id = s.id
                          LEFT JOIN survey_answer a ON a.response_id = r.id AND a.scale_value IS NOT NULL
                         WHERE s.id IN (:ids)
                         GROUP BY s.service_code ORDER BY s.service_code""")
                .setParameter("ids", ids).getResultList();
        return rows.stream().map(row -> {
            long scores = ((Number) row[3]).longValue();
            Double mean = scores == 0 ? null : ((Number) row[4]).doubleValue() / scores;
            return new SurveyResults.ServiceSummary(CommuneService.ofCode((String) row[0]).orElseThrow(),
                    ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), scores, mean);
        }).toList();
    }

    private SurveyResults results(SurveyView survey, boolean forPublic) {
        long id = survey.id();
        @SuppressWarnings("unchecked")
        List<Object[]> respondentRows = entityManager.createNativeQuery("""
                        SELECT gender, age_band, disability, channel, count(*) FROM survey_response
                         WHERE survey_id = :s GROUP BY 1, 2, 3, 4""")
                .setParameter("s", id).getResultList();
        long total = 0;
        long online = 0;
        List<Cell> respondentCells = new ArrayList<>();
        for (Object[] row : respondentRows) {
            long count = ((Number) row[4]).longValue();
            total += count;
            online += "ONLINE".equals(row[3]) ? count : 0;
            respondentCells.add(new Cell((String) row[0], (String) row[1], (Boolean) row[2], 0, count));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> answerRows = entityManager.createNativeQuery("""
                        SELECT a.question_id, a.scale_value, a.option_id, r.gender, r.age_band, r.disability, count(*)
                          FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                         WHERE r.survey_id = :s AND a.text_value IS NULL
                         GROUP BY 1, 2, 3, 4, 5, 6""")
                .setParameter("s", id).getResultList();
        Map<Long, List<Object[]>> byQuestion = new HashMap<>();
        for (Object[] row : answerRows) {
            byQuestion.computeIfAbsent(((Number) row[0]).longValue(), q -> new ArrayList<>()).add(row);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> textRows = entityManager.createNativeQuery("""
                        SELECT a.id, a.question_id, a.text_value, r.responded_on, a.hidden_reason, a.hidden_by
                          FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                         WHERE r.survey_id = :s AND a.text_value IS NOT NULL ORDER BY a.id""")
                .setParameter("s", id).getResultList();
        Map<Long, List<SurveyResults.TextAnswer>> texts = new HashMap<>();
        for (Object[] row : textRows) {
            boolean hidden = row[4] != null;
            texts.computeIfAbsent(((Number) row[1]).longValue(), q -> new ArrayList<>()).add(
                    new SurveyResults.TextAnswer(((Number) row[0]).longValue(),
                            forPublic && hidden ? null : (String) row[2], toDate(row[3]), (String) row[4],
                            forPublic ? null : (String) row[5]));
        }
        List<SurveyResults.QuestionResult> questionResults = new ArrayList<>();
        for (SurveyView.QuestionView question : survey.questions()) {
            List<Cell> cells = new ArrayList<>();
            int buckets = question.kind() == QuestionKind.SCALE ? 5 : question.options().size();
            for (Object[] row : byQuestion.getOrDefault(question.id(), List.of())) {
                int bucket = question.kind() == QuestionKind.SCALE ? ((Number) row[1]).intValue() - 1
                        : optionIndex(question, ((Number) row[2]).longValue());
                cells.add(new Cell((String) row[3], (String) row[4], (Boolean) row[5], bucket, ((Number) row[6]).longValue()));
            }
            List<SurveyResults.TextAnswer> questionTexts = texts.getOrDefault(question.id(), List.of());
            if (question.kind() == QuestionKind.TEXT) {
                // A text's breakdown would only repeat the respondents' one; the count is what matters here.
                SurveyResults.Group overall = new SurveyResults.Group(null, "ALL", questionTexts.size(), null, null, false);
                questionResults.add(new SurveyResults.QuestionResult(question, overall, List.of(), questionTexts));
                continue;
            }
            boolean scale = question.kind() == QuestionKind.SCALE;
            SurveyResults.Group overall = group(null, "ALL", cells, buckets, scale, false);
            questionResults.add(new SurveyResults.QuestionResult(question, overall,
                    breakdown(cells, buckets, scale, forPublic), List.of()));
        }
        List<SurveyResults.Group> respondents = new ArrayList<>();
        respondents.add(group(null, "ALL", respondentCells, 0, false, false));
        respondents.addAll(breakdown(respondentCells, 0, false, forPublic));
        return new SurveyResults(survey, total, online, total - online, forPublic, respondents, questionResults);
    }

    /** One line of an aggregate: the respondents' inclusion answers, a score or option index, how many. */
    private record Cell(String gender, String ageBand, Boolean disability, int bucket, long count) {
    }

    private static List<SurveyResults.Group> breakdown(List<Cell> cells, int buckets, boolean scale, boolean forPublic) {
        List<SurveyResults.Group> groups = new ArrayList<>();
        Map<SurveyResults.Dimension, Function<Cell, String>> keys = new LinkedHashMap<>();
        keys.put(SurveyResults.Dimension.GENDER, cell -> Objects.requireNonNullElse(cell.gender(), "NOT_GIVEN"));
        keys.put(SurveyResults.Dimension.AGE_BAND, cell -> Objects.requireNonNullElse(cell.ageBand(), "NOT_GIVEN"));
        keys.put(SurveyResults.Dimension.DISABILITY, cell -> cell.disability() == null ? "NOT_GIVEN"
                : cell.disability() ? "YES" : "NO");
        Map<SurveyResults.Dimension, List<String>> values = Map.of(
                SurveyResults.Dimension.GENDER, List.of("WOMAN", "MAN", "NOT_GIVEN"),
                SurveyResults.Dimension.AGE_BAND, List.of("UNDER_18", "FROM_18_TO_35", "FROM_36_TO_59", "FROM_60", "NOT_GIVEN"),
                SurveyResults.Dimension.DISABILITY, List.of("YES", "NO", "NOT_GIVEN"));
        keys.forEach((dimension, key) -> {
            for (String value : values.get(dimension)) {
                List<Cell> inGroup = cells.stream().filter(cell -> key.apply(cell).equals(value)).toList();
                SurveyResults.Group group = group(dimension, value, inGroup, buckets, scale, forPublic);
                if (group.count() > 0) {
                    groups.add(group);
                }
            }
        });
        return groups;
    }

    private static SurveyResults.Group group(SurveyResults.Dimension dimension, String value, List<Cell> cells,
                                             int buckets, boolean scale, boolean forPublic) {
        long[] counts = new long[buckets];
        long count = 0;
        long sum = 0;
        for (Cell cell : cells) {
            count += cell.count();
            if (buckets > 0) {
                counts[cell.bucket()] += cell.count();
                sum += (cell.bucket() + 1L) * cell.count();
            }
        }
        boolean suppressed = forPublic && dimension != null && count < SurveyResults.SMALLEST_PUBLIC_GROUP;
        if (suppressed) {
            return new SurveyResults.Group(dimension, value, count, null, null, true);
        }
        Double mean = scale && count > 0 ? (double) sum / count : null;
        return new SurveyResults.Group(dimension, value, count, mean,
                buckets == 0 ? null : Arrays.stream(counts).boxed().toList(), false);
    }

    private static int optionIndex(SurveyView.QuestionView question, long optionId) {
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).id() == optionId) {
                return i;
            }
        }
        throw new IllegalStateException("answer to an option of another question");
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private Survey load(long id) {
        return surveys.findById(id).orElseThrow(SurveyNotFound::new);
    }

    private Survey loadEditable(long id) {
        Survey survey = load(id);
        if (!survey.editable(today())) {
            throw new SurveyRefused("surveys.error.notEditable");
        }
        return survey;
    }

    /**
     * Reads the survey under a shared row lock, so that answers and a concurrent close or edit are serialised:
     * an answer either lands before the close commits or sees the survey closed.
     */
    private Survey lockForAnswers(long id) {
        Survey survey = entityManager.find(Survey.class, id, LockModeType.PESSIMISTIC_READ);
        if (survey == null) {
            throw new SurveyNotFound();
        }
        return survey;
    }

    private void saveOptions(SurveyQuestion question, QuestionForm form) {
        if (form.kind() != QuestionKind.CHOICE) {
            return;
        }
        int position = 1;
        for (LocalizedText label : form.options()) {
            options.save(new SurveyOption(question.id(), position++, label));
        }
        options.flush();
    }

    private SurveyView view(Survey survey) {
        long id = survey.id();
        List<SurveyQuestion> ordered = questions.findBySurveyIdOrderByPositionAsc(id);
        Map<Long, List<SurveyView.OptionView>> optionsByQuestion = new HashMap<>();
        if (!ordered.isEmpty()) {
            for (SurveyOption option : options.findByQuestionIdInOrderByPositionAsc(
                    ordered.stream().map(SurveyQuestion::id).toList())) {
                optionsByQuestion.computeIfAbsent(option.questionId(), q -> new ArrayList<>())
                        .add(new SurveyView.OptionView(option.id(), option.position(), option.label()));
            }
        }
        List<SurveyView.QuestionView> questionViews = ordered.stream()
                .map(q -> new SurveyView.QuestionView(q.id(), q.position(), q.kind(), q.prompt(),
                        List.copyOf(optionsByQuestion.getOrDefault(q.id(), List.of()))))
                .toList();
        long count = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM survey_response WHERE survey_id = :s")
                .setParameter("s", id).getSingleResult()).longValue();
        LocalDate today = today();
        return new SurveyView(id, survey.service(), survey.title(), survey.intro(), survey.respondents(),
                survey.opensOn(), survey.closesOn(), survey.phase(today), survey.closedOn(),
                survey.resultsPublishedOn(), survey.editable(today), survey.resultsPublic(today), count, questionViews);
    }

    private static void check(String problem) {
        if (problem != null) {
            throw new SurveyRefused(problem);
        }
    }

    private void audit(String actor, String action, Survey survey, String before, String after) {
        audit.record(actor, slug(), action, "survey/" + survey.id(), before, after);
    }

    private static String slug() {
        return CurrentCommune.require().slug();
    }
}
