package ma.mocharaka.portal.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** Consultations for tests, with a unique title each, and a way to move a window into the past. */
final class TestConsultations {

    private final Consultations consultations;
    private final CommuneRegistry registry;
    private final JdbcClient jdbc;

    TestConsultations(Consultations consultations, CommuneRegistry registry, JdbcClient jdbc) {
        this.consultations = consultations;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    long publish(String commune, LocalDate opensOn, LocalDate closesOn) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return as(commune, () -> consultations.publish(new ConsultationDraft(DocumentKind.CHARTER,
                LocalizedText.of("مشروع الميثاق " + tag, "Projet de charte " + tag, null, "Draft charter " + tag),
                LocalizedText.of("استشارة", "Consultation", null, null), opensOn, closesOn,
                List.of(new ConsultationDraft.Section(LocalizedText.of("الديباجة", "Préambule", null, "Preamble"),
                                LocalizedText.of("نص الديباجة", "Texte du préambule", null, null)),
                        new ConsultationDraft.Section(LocalizedText.of("آليات المشاركة", "Mécanismes de participation", null, null),
                                LocalizedText.of("نص الآليات", "Texte des mécanismes", null, null)))), "test"));
    }

    long openToday(String commune) {
        return publish(commune, consultations.today(), consultations.today());
    }

    /** Shifts the window so that it closed {@code daysAgo} days ago, as if the calendar had moved on. */
    void closedDaysAgo(String commune, long consultationId, int daysAgo) {
        jdbc.sql("UPDATE " + registry.findBySlug(commune).orElseThrow().schemaName()
                        + ".consultation SET opens_on = ?, closes_on = ? WHERE id = ?")
                .params(consultations.today().minusDays(daysAgo + 21L), consultations.today().minusDays(daysAgo), consultationId).update();
    }

    long firstSection(String commune, long consultationId) {
        return as(commune, () -> consultations.find(consultationId, null)).sections().getFirst().id();
    }

    <T> T as(String commune, Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug(commune).orElseThrow(), work);
    }
}
