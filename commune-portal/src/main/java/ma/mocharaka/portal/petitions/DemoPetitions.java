package ma.mocharaka.portal.petitions;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * Beni Mellal's petitions for the demo. The program's record says that the training of 26-27 August 2023 with 21
 * association representatives produced three drafts, that one was submitted and that the council approved it in its
 * ordinary session of October 2023; it gives neither the subject, the names nor the intermediate dates, so those
 * are marked as illustrative rather than invented as facts. Signatures use obviously fictitious CINs (DEMO range).
 */
@Component
@Profile("demo")
class DemoPetitions implements ApplicationRunner {

    static final String LOADER = "demo-loader";
    private static final Logger log = LoggerFactory.getLogger(DemoPetitions.class);

    private final ForEachCommune forEachCommune;
    private final Petitions petitions;
    private final ResidenceVerification residence;

    DemoPetitions(ForEachCommune forEachCommune, Petitions petitions, ResidenceVerification residence) {
        this.forEachCommune = forEachCommune;
        this.petitions = petitions;
        this.residence = residence;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-petitions", commune -> {
            if (commune.slug().equals("beni-mellal")) {
                loadIntoCurrentCommune();
            }
        });
        log.info("Demo petitions in place");
    }

    /** Loads once: a commune where the loader already wrote petitions is left alone. */
    void loadIntoCurrentCommune() {
        if (petitions.anyCreatedBy(LOADER)) {
            return;
        }
        int threshold = petitions.threshold().value();
        PetitionView accepted = petitions.draft(new PetitionDraft(PetitionKind.CITIZENS,
                "عريضة منبثقة عن تكوين الجمعيات في صياغة العرائض (26-27 غشت 2023)",
                "Pétition issue de la formation des associations à la rédaction de pétitions (26-27 août 2023)",
                null,
                "Petition from the associations’ petition-drafting training (26-27 August 2023)",
                "واحدة من ثلاث عرائض صاغها 21 ممثلا لجمعيات المجتمع المدني؛ أودعت وصادق عليها المجلس في دورته العادية لشهر أكتوبر 2023. تواريخ الإيداع والقبول هنا توضيحية.",
                "L’une des trois pétitions rédigées par 21 représentants d’associations ; déposée, elle a été approuvée par le conseil en sa session ordinaire d’octobre 2023. Les dates de dépôt et de recevabilité sont ici indicatives.",
                null,
                "One of three petitions drafted by 21 association representatives; submitted, it was approved by the council in its ordinary session of October 2023. Submission and admissibility dates here are illustrative.",
                "ممثل(ة) لجنة العريضة (الاسم غير منشور)", "نائب(ة) الممثل (الاسم غير منشور)",
                null, null, false, false, false), LOADER, LocalDate.of(2023, 8, 27));
        long id = accepted.id();
        petitions.openForSignatures(id, LOADER, LocalDate.of(2023, 8, 28));
        petitions.enterPaperSheet(id, fictitiousCins(1, threshold), LOADER);
        petitions.submit(id, LOADER, LocalDate.of(2023, 9, 5));
        petitions.declareAdmissible(id, "لجنة المرافق العمومية والخدمات", LOADER, LocalDate.of(2023, 9, 20));
        petitions.decide(id, true, "صادق عليها المجلس في دورته العادية لشهر أكتوبر 2023", LOADER, LocalDate.of(2023, 10, 3));

        PetitionView collecting = petitions.draft(new PetitionDraft(PetitionKind.CITIZENS,
                "ولوجيات الفضاء العام للأشخاص في وضعية إعاقة (عريضة تجريبية)",
                "Accessibilité de l’espace public aux personnes en situation de handicap (pétition de démonstration)",
                null,
                "Accessible public space for persons with disabilities (demo petition)",
                "نطالب بإزالة العوائق من الأرصفة (اللوحات الإشهارية وأغطية قنوات الصرف) وبتيسير ولوج الحافلات العمومية.",
                "Nous demandons de dégager les trottoirs (panneaux publicitaires, regards d’égout) et de rendre les bus publics accessibles.",
                null,
                "We ask that pavements be cleared of obstacles (billboards, sewer covers) and that public buses be made accessible.",
                "ممثل(ة) تجريبي(ة)", "نائب(ة) تجريبي(ة)", null, null, false, false, false),
                LOADER, petitions.today());
        petitions.openForSignatures(collecting.id(), LOADER, petitions.today());
        petitions.enterPaperSheet(collecting.id(), fictitiousCins(100_001, 37), LOADER);
        // The demo citizen stands for someone whose card staff saw at the office, so they can sign online.
        residence.verifyAtOffice("ZZ999001", "مواطن(ة) تجريبي(ة)", "bm.citizen", LOADER);
    }

    private static String fictitiousCins(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(n -> "ZZ%06d".formatted(n)).collect(Collectors.joining("\n"));
    }
}
