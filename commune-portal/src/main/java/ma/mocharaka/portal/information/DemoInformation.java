package ma.mocharaka.portal.information;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.ForEachCommune;

/**
 * Beni Mellal's access-to-information demo: requests in every state the register shows (answered, refused,
 * extended, silent past its deadline, and one open request of the demo citizen), and a proactive-publication list
 * pointing at what the portal already publishes from the program's records (the charter consultation of
 * 22 January - 12 February 2024, the action plan, the petition the council approved in October 2023, the equality
 * body's two opinions of December 2023). The requests themselves are illustrative: requesters are fictitious.
 */
@Component
@Profile("demo")
class DemoInformation implements ApplicationRunner {

    static final String LOADER = "demo-loader";
    private static final Logger log = LoggerFactory.getLogger(DemoInformation.class);

    private final ForEachCommune forEachCommune;
    private final InformationRequests requests;
    private final Publications publications;

    DemoInformation(ForEachCommune forEachCommune, InformationRequests requests, Publications publications) {
        this.forEachCommune = forEachCommune;
        this.requests = requests;
        this.publications = publications;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-information", commune -> {
            if (commune.slug().equals("beni-mellal")) {
                loadIntoCurrentCommune();
            }
        });
        log.info("Demo information requests in place");
    }

    /** Loads once: a commune where the loader already wrote requests or publications is left alone. */
    void loadIntoCurrentCommune() {
        if (!requests.anyCreatedBy(LOADER)) {
            loadRequests();
        }
        if (!publications.anyCreatedBy(LOADER)) {
            loadPublications();
        }
    }

    private void loadRequests() {
        RequestView answered = counter("طالب معلومات تجريبي 1", "demo.requester1@example.org",
                "ميزانية الجماعة لسنة 2025 (طلب تجريبي)",
                "أطلب نسخة من ميزانية الجماعة المصادق عليها لسنة 2025 وبيان نفقات التجهيز.", LocalDate.of(2025, 3, 3));
        requests.decide(answered.id(), RequestStatus.ANSWERED,
                "تجدون رفقته نسخة الميزانية كما صادق عليها المجلس. (جواب تجريبي)", null, List.of(), LOADER,
                LocalDate.of(2025, 3, 20));

        RequestView refused = counter("طالب معلومات تجريبي 2", "demo.requester2@example.org",
                "لائحة المستفيدين من منح الجمعيات مع عناوينهم (طلب تجريبي)",
                "أطلب لائحة أعضاء الجمعيات المستفيدة مع عناوينهم الشخصية وأرقام هواتفهم.", LocalDate.of(2025, 5, 12));
        requests.decide(refused.id(), RequestStatus.REFUSED,
                "تتعلق العناوين والهواتف الشخصية بالحياة الخاصة للأفراد؛ لائحة الجمعيات المستفيدة ومبالغ المنح منشورة. (جواب تجريبي)",
                RefusalGround.PRIVATE_LIFE, List.of(), LOADER, LocalDate.of(2025, 5, 30));

        // Silent past its deadline: shown as an implicit refusal, with the complaint path.
        counter("طالب معلومات تجريبي 3", null, "محاضر دورات المجلس لسنة 2025 (طلب تجريبي)",
                "أطلب نسخا من محاضر الدورات العادية للمجلس لسنة 2025.", LocalDate.of(2025, 9, 1));

        LocalDate today = requests.today();
        RequestView extended = counter("طالب معلومات تجريبي 4", "demo.requester4@example.org",
                "صفقات تهيئة الطرق 2022-2025 (طلب تجريبي)",
                "أطلب لائحة صفقات تهيئة الطرق منذ 2022 ومبالغها ونسب إنجازها.", today.minusDays(10));
        requests.extend(extended.id(), "الطلب يتعلق بعدد كبير من الوثائق موزعة على عدة مصالح. (تمديد تجريبي)", true,
                LOADER, today);

        requests.file(new RequestForm(UUID.randomUUID().toString(), "مواطن(ة) تجريبي(ة)", "bm.citizen@example.org",
                        null, null, null, "مواقيت عمل المكتبة الجماعية (طلب تجريبي)",
                        "ما هي مواقيت عمل المكتبة الجماعية وشروط الانخراط فيها؟", false, null),
                Channel.ONLINE, "bm.citizen", LOADER, today.minusDays(3));
    }

    private RequestView counter(String name, String email, String subject, String details, LocalDate on) {
        return requests.file(new RequestForm(UUID.randomUUID().toString(), name, email, null,
                        email == null ? "عنوان بريدي تجريبي، بني ملال" : null, null, subject, details, false, null),
                Channel.COUNTER, null, LOADER, on);
    }

    private void loadPublications() {
        publications.add(LocalizedText.of(
                        "مشروع ميثاق وخطة عمل المشاركة المواطنة — استشارة عمومية (22 يناير - 12 فبراير 2024)",
                        "Projet de charte et de plan d’action de la participation citoyenne — consultation publique (22 janvier - 12 février 2024)",
                        null,
                        "Draft citizen participation charter and action plan — public consultation (22 January - 12 February 2024)"),
                PublicationCategory.PARTICIPATION, LocalDate.of(2024, 1, 22), "/c/beni-mellal/consultations", null, LOADER);
        publications.add(LocalizedText.of(
                        "خطة عمل المشاركة المواطنة ومؤشرات تتبعها",
                        "Plan d’action de la participation citoyenne et ses indicateurs de suivi",
                        null,
                        "Citizen participation action plan and its monitoring indicators"),
                PublicationCategory.PLANS_AND_PROGRAMS, LocalDate.of(2024, 2, 12), "/c/beni-mellal/action-plan", null, LOADER);
        publications.add(LocalizedText.of(
                        "الدورة العادية لشهر أكتوبر 2023: المصادقة على عريضة المواطنين",
                        "Session ordinaire d’octobre 2023 : approbation de la pétition des citoyens",
                        null,
                        "October 2023 ordinary session: the citizens’ petition approved"),
                PublicationCategory.COUNCIL_SESSIONS, LocalDate.of(2023, 10, 3), "/c/beni-mellal/petitions", null, LOADER);
        publications.add(LocalizedText.of(
                        "رأيان استشاريان لهيئة المساواة وتكافؤ الفرص ومقاربة النوع (دجنبر 2023): ولوج الأشخاص في وضعية إعاقة إلى النقل الحضري، وولوجيات الفضاء العام",
                        "Deux avis de l’Instance de l’équité, de l’égalité des chances et de l’approche genre (décembre 2023) : accès des personnes handicapées au transport urbain ; accessibilité de l’espace public",
                        null,
                        "Two opinions of the Equality body (December 2023): access of persons with disabilities to public buses; accessible public space"),
                PublicationCategory.REPORTS, LocalDate.of(2023, 12, 24), "/c/beni-mellal/bodies", null, LOADER);
    }
}
