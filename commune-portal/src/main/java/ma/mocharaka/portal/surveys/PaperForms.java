package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/**
 * Reads paper forms as staff type them, on the entry page or in a spreadsheet, with the same rules: one cell per
 * question (a score 1-5, an option's number or label, free text), then the optional inclusion answers, which
 * count only when the form's consent box is ticked. Every problem is reported with its row, nothing is guessed.
 */
public final class PaperForms {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu");

    private PaperForms() {
    }

    /** A row as typed: the date (may be empty, then the batch date), one cell per question, the inclusion cells. */
    public record TypedRow(int number, String date, List<String> answers, String consent, String gender, String ageBand,
                    String disability) {

        public boolean isBlank() {
            return blank(date) && answers.stream().allMatch(PaperForms::blank) && blank(consent) && blank(gender)
                    && blank(ageBand) && blank(disability);
        }

        public String answer(int index) {
            return index < answers.size() && answers.get(index) != null ? answers.get(index) : "";
        }
    }

    public record Problem(String code, String argument) {
    }

    /** A row checked: the form to store when there is no problem. */
    public record CheckedRow(TypedRow typed, NewResponse response, List<Problem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Checks the non-blank rows; {@code batchDate} is used where a row has no date of its own. */
    static List<CheckedRow> check(List<TypedRow> rows, SurveyView survey, LocalDate batchDate, LocalDate lastDay,
                                  LocalDate today) {
        List<CheckedRow> checked = new ArrayList<>();
        for (TypedRow row : rows) {
            if (!row.isBlank()) {
                checked.add(check(row, survey, batchDate, lastDay, today));
            }
        }
        return checked;
    }

    private static CheckedRow check(TypedRow row, SurveyView survey, LocalDate batchDate, LocalDate lastDay,
                                    LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate date = batchDate;
        if (!blank(row.date())) {
            date = parseDate(row.date()).orElse(null);
            if (date == null) {
                problems.add(new Problem("surveys.paper.error.date", row.date()));
            }
        } else if (batchDate == null) {
            problems.add(new Problem("surveys.paper.error.noDate", ""));
        }
        if (date != null && (date.isBefore(survey.opensOn()) || date.isAfter(lastDay) || date.isAfter(today))) {
            problems.add(new Problem("surveys.paper.error.dateOutsideWindow", date.toString()));
        }
        List<NewResponse.Answer> answers = new ArrayList<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            SurveyView.QuestionView question = survey.questions().get(i);
            String cell = row.answer(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            String where = question.position() + ": " + cell;
            switch (question.kind()) {
                case SCALE -> scale(cell).ifPresentOrElse(
                        score -> answers.add(new NewResponse.Answer(question.id(), score, null, null)),
                        () -> problems.add(new Problem("surveys.paper.error.scale", where)));
                case CHOICE -> option(cell, question).ifPresentOrElse(
                        option -> answers.add(new NewResponse.Answer(question.id(), null, option, null)),
                        () -> problems.add(new Problem("surveys.paper.error.choice", where)));
                case TEXT -> {
                    if (cell.length() > 2000) {
                        problems.add(new Problem("surveys.paper.error.textTooLong", String.valueOf(question.position())));
                    } else {
                        answers.add(new NewResponse.Answer(question.id(), null, null, cell));
                    }
                }
            }
        }
        if (answers.isEmpty() && problems.stream().noneMatch(p -> p.code().startsWith("surveys.paper.error.scale")
                || p.code().startsWith("surveys.paper.error.choice"))) {
            problems.add(new Problem("surveys.paper.error.noAnswer", ""));
        }
        Boolean consent = blank(row.consent()) ? Boolean.FALSE : yesNo(row.consent());
        if (consent == null) {
            problems.add(new Problem("surveys.paper.error.consent", row.consent()));
        }
        Gender gender = null;
        if (!blank(row.gender())) {
            gender = gender(row.gender()).orElse(null);
            if (gender == null) {
                problems.add(new Problem("surveys.paper.error.gender", row.gender()));
            }
        }
        AgeBand ageBand = null;
        if (!blank(row.ageBand())) {
            ageBand = ageBand(row.ageBand()).orElse(null);
            if (ageBand == null) {
                problems.add(new Problem("surveys.paper.error.ageBand", row.ageBand()));
            }
        }
        Boolean disability = null;
        if (!blank(row.disability())) {
            disability = yesNo(row.disability());
            if (disability == null) {
                problems.add(new Problem("surveys.paper.error.disability", row.disability()));
            }
        }
        boolean inclusionTyped = !blank(row.gender()) || !blank(row.ageBand()) || !blank(row.disability());
        if (inclusionTyped && Boolean.FALSE.equals(consent)) {
            // What a person did not agree to give is not typed in, let alone stored.
            problems.add(new Problem("surveys.paper.error.noConsent", ""));
        }
        if (!problems.isEmpty()) {
            return new CheckedRow(row, null, problems);
        }
        InclusionAnswers inclusion = Boolean.TRUE.equals(consent)
                ? InclusionAnswers.given(gender, ageBand, disability) : InclusionAnswers.declined();
        return new CheckedRow(row, new NewResponse(date, inclusion, answers), List.of());
    }

    static Optional<LocalDate> parseDate(String typed) {
        String value = digits(typed.strip());
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDate.parse(value, DAY_FIRST));
            } catch (DateTimeParseException notDayFirst) {
                return Optional.empty();
            }
        }
    }

    static Optional<Integer> scale(String typed) {
        String value = digits(typed.strip());
        return switch (value) {
            case "1", "2", "3", "4", "5" -> Optional.of(Integer.parseInt(value));
            default -> Optional.empty();
        };
    }

    private static Optional<Long> option(String typed, SurveyView.QuestionView question) {
        String value = digits(typed.strip());
        for (SurveyView.OptionView option : question.options()) {
            if (value.equals(String.valueOf(option.position()))
                    || option.label().values().values().stream().anyMatch(label -> label.equalsIgnoreCase(value))) {
                return Optional.of(option.id());
            }
        }
        return Optional.empty();
    }

    static Optional<Gender> gender(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "f", "femme", "female", "woman", "w", "أنثى", "انثى", "امرأة", "ⵜⴰⵎⵖⴰⵔⵜ" -> Optional.of(Gender.WOMAN);
            case "m", "h", "homme", "male", "man", "ذكر", "رجل", "ⴰⵔⴳⴰⵣ" -> Optional.of(Gender.MAN);
            default -> Optional.ofNullable(enumValue(Gender.class, typed));
        };
    }

    /** 1 to 4 in the order of the form's boxes, the bands as printed, or their codes. */
    static Optional<AgeBand> ageBand(String typed) {
        String value = digits(typed.strip()).replace(" ", "").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "1", "<18", "-18", "0-17" -> Optional.of(AgeBand.UNDER_18);
            case "2", "18-35" -> Optional.of(AgeBand.FROM_18_TO_35);
            case "3", "36-59" -> Optional.of(AgeBand.FROM_36_TO_59);
            case "4", "60+", "+60", ">=60", "60" -> Optional.of(AgeBand.FROM_60);
            default -> Optional.ofNullable(enumValue(AgeBand.class, typed));
        };
    }

    static Boolean yesNo(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "oui", "yes", "y", "o", "1", "x", "نعم", "ⵢⴰⵀ", "true" -> true;
            case "non", "no", "n", "0", "لا", "ⵓⵀⵓ", "false" -> false;
            default -> null;
        };
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Eastern Arabic digits (٠-٩), which staff may type on an Arabic keyboard, read as 0-9. */
    private static String digits(String value) {
        StringBuilder latin = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            latin.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + (c - '\u0660')) : c);
        }
        return latin.toString();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String typed) {
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
