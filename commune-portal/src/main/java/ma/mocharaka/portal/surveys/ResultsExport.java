package ma.mocharaka.portal.surveys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Results as CSV, one line per question, group and score or option, then one line per free text, in the reader's
 * language. UTF-8 with a byte order mark for spreadsheet programs; cells that would run as formulas are neutralised
 * (docs/decisions/0101). Hidden texts and, publicly, small groups are left out as on the page.
 */
@Component
class ResultsExport {

    private final MessageSource messages;

    ResultsExport(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> csv(SurveyResults results, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                printer.printRecord(List.of("service", "survey", m("surveys.csv.question", locale),
                        m("surveys.csv.prompt", locale), m("surveys.csv.kind", locale), m("surveys.csv.breakdown", locale),
                        m("surveys.csv.group", locale), m("surveys.csv.answer", locale), m("surveys.csv.count", locale),
                        m("surveys.csv.groupAnswers", locale), m("surveys.csv.mean", locale)));
                SurveyView survey = results.survey();
                for (SurveyResults.QuestionResult question : results.questions()) {
                    String prompt = question.question().prompt().in(locale);
                    String kind = m("surveys.kind." + question.question().kind(), locale);
                    List<SurveyResults.Group> groups = new ArrayList<>();
                    groups.add(question.overall());
                    groups.addAll(question.groups());
                    if (question.question().kind() == QuestionKind.TEXT) {
                        for (SurveyResults.TextAnswer text : question.texts()) {
                            if (!text.hidden()) {
                                printer.printRecord(safe(List.of(survey.service().code(), survey.id(),
                                        question.question().position(), prompt, kind, "", "", text.text(), 1, "", "")));
                            }
                        }
                        continue;
                    }
                    for (SurveyResults.Group group : groups) {
                        String breakdown = group.everybody() ? m("surveys.group.ALL", locale)
                                : m("surveys.dimension." + group.dimension(), locale);
                        String value = group.everybody() ? m("surveys.group.ALL", locale)
                                : m("surveys.group." + group.dimension() + "." + group.value(), locale);
                        String mean = group.mean() == null ? "" : String.format(Locale.ROOT, "%.2f", group.mean());
                        if (group.suppressed() || group.counts() == null) {
                            printer.printRecord(safe(List.of(survey.service().code(), survey.id(),
                                    question.question().position(), prompt, kind, breakdown, value,
                                    m("surveys.results.tooFew", locale), "", "", "")));
                            continue;
                        }
                        for (int i = 0; i < group.counts().size(); i++) {
                            String answer = question.question().kind() == QuestionKind.SCALE ? String.valueOf(i + 1)
                                    : question.question().options().get(i).label().in(locale);
                            printer.printRecord(safe(List.of(survey.service().code(), survey.id(),
                                    question.question().position(), prompt, kind, breakdown, value, answer,
                                    group.counts().get(i), group.count(), mean)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String filename = "survey-" + results.survey().id() + "-results.csv";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /** The header line of the paper-forms template: one column per question, then the optional ones. */
    ResponseEntity<byte[]> template(SurveyView survey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                List<String> header = new ArrayList<>();
                header.add("date");
                survey.questions().forEach(question -> header.add("q" + question.position()));
                header.addAll(List.of("consent", "gender", "age", "disability"));
                printer.printRecord(header);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("survey-" + survey.id() + "-paper-forms.csv", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static List<Object> safe(List<Object> values) {
        return values.stream().map(value -> {
            if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                return (Object) ("'" + text);
            }
            return value;
        }).toList();
    }
}
