package ma.mocharaka.portal.petitions;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Petitions and CINs for tests; CINs are random so repeated runs on the same database never collide. */
public final class PetitionFixtures {

    private PetitionFixtures() {
    }

    public static PetitionDraft citizens(String titleFr) {
        return new PetitionDraft(PetitionKind.CITIZENS, "عريضة " + titleFr, titleFr, null, null,
                "تهيئة الأرصفة", "Aménager les trottoirs du quartier.", null, null,
                "Fatima Zahra", "Youssef", null, null, false, false, false);
    }

    public static PetitionDraft association(String titleFr, LocalDate foundedOn, boolean allConditions) {
        return new PetitionDraft(PetitionKind.ASSOCIATION, null, titleFr, null, null,
                null, "Éclairage public du quartier.", null, null,
                "Khadija", "Mohamed", "Association Atlas", foundedOn, allConditions, true, allConditions);
    }

    public static String randomCin() {
        return "Q" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    /** Distinct random CINs, one per line, the way staff type a paper sheet. */
    public static String sheet(int count) {
        String prefix = "W" + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
        int start = ThreadLocalRandom.current().nextInt(0, 900_000);
        return IntStream.range(start, start + count).mapToObj(n -> prefix + "%06d".formatted(n))
                .collect(Collectors.joining("\n"));
    }

    public static String uniqueTitle(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
