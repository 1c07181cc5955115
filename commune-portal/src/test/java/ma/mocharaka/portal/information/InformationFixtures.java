package ma.mocharaka.portal.information;

import java.util.UUID;

/** Requests as a requester would type them, each with its own form key and a subject unique to the test run. */
final class InformationFixtures {

    private InformationFixtures() {
    }

    static String uniqueSubject(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestForm form(String subject) {
        return new RequestForm(UUID.randomUUID().toString(), "Fatima Zahra", "fz@example.org", null, null, null,
                subject, "Copie du budget adopté et des dépenses d’équipement.", false, null);
    }

    static RequestForm urgent(String subject) {
        return new RequestForm(UUID.randomUUID().toString(), "Youssef", null, "+212 600 000 000", null, null,
                subject, "Plan d’évacuation de l’école inondée.", true, "Risque pour la sécurité des élèves.");
    }

    static RequestForm withCin(String subject, String cin) {
        return new RequestForm(UUID.randomUUID().toString(), "Karim", null, null, "12 rue des Orangers, Béni Mellal",
                cin, subject, "Liste des autorisations de construire délivrées en 2024.", false, null);
    }
}
