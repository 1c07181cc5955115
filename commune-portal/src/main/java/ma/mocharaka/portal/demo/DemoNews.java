package ma.mocharaka.portal.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.news.News;
import ma.mocharaka.portal.news.NewsDraft;

/**
 * Demo news for the communes of the demo, taken from the program's own records (Beni Mellal's steering committee
 * report and Demnate's onboarding record). Written once per commune: a commune that already has news is left alone.
 */
@Component
@Profile("demo")
class DemoNews implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNews.class);

    private final ForEachCommune forEachCommune;
    private final News news;

    DemoNews(ForEachCommune forEachCommune, News news) {
        this.forEachCommune = forEachCommune;
        this.news = news;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-news", commune -> {
            if (news.count() == 0) {
                itemsFor(commune).forEach(item -> news.publish(item, "demo-loader"));
            }
        });
        log.info("Demo news in place");
    }

    private static List<NewsDraft> itemsFor(Commune commune) {
        return switch (commune.slug()) {
            case "beni-mellal" -> List.of(
                    new NewsDraft(
                            "المنتدى المواطن للميزانية التشاركية",
                            "Forum citoyen du budget participatif",
                            "ⴰⴼⵓⵔⵓⵎ ⴰⵏⴰⵎⵓⵏ ⵏ ⵜⵎⵉⵣⴰⵏⵉⵜ ⵜⴰⵎⵙⵎⵓⵜⵜⴳⵜ",
                            "Citizen forum on the participatory budget",
                            "يوم السبت 15 فبراير 2025 بدار الشباب المغرب العربي: ورشات لإعداد مقترحات المشاريع وانتخاب مندوبي الأحياء.",
                            "Samedi 15 février 2025 à la Dar Chabab Maghreb Arabi : ateliers de propositions de projets et élection des délégués de quartier.",
                            null,
                            "Saturday 15 February 2025 at Dar Chabab Maghreb Arabi: workshops to draft project proposals and the election of neighbourhood delegates.",
                            LocalDate.of(2025, 2, 1)),
                    new NewsDraft(
                            "استشارة عمومية حول ميثاق وخطة عمل المشاركة المواطنة",
                            "Consultation publique sur la charte et le plan d'action de la participation citoyenne",
                            null,
                            "Public consultation on the citizen participation charter and action plan",
                            "من 22 يناير إلى 12 فبراير 2024، يمكن للمواطنات والمواطنين والجمعيات تقديم مقترحاتهم وإضافاتهم.",
                            "Du 22 janvier au 12 février 2024, citoyennes, citoyens et associations peuvent faire leurs propositions et ajouts.",
                            null,
                            "From 22 January to 12 February 2024, citizens and associations can send their proposals and additions.",
                            LocalDate.of(2024, 1, 22)),
                    new NewsDraft(
                            "لقاء متعدد الفاعلين حول التحديات البيئية والتنمية المحلية",
                            "Rencontre multi-acteurs : défis environnementaux et développement local",
                            null,
                            "Multi-actor meeting: environmental challenges and local development",
                            "15 نونبر 2023 بغرفة التجارة والصناعة والخدمات، بمشاركة المديرية الجهوية للبيئة والتحالف المغربي من أجل المناخ ومصلحة حفظ الصحة والمجلس.",
                            "Le 15 novembre 2023 à la Chambre de commerce, avec la direction régionale de l'environnement, la Coalition marocaine pour le climat, le service d'hygiène et le conseil.",
                            null,
                            "15 November 2023 at the Chamber of Commerce, with the regional environment directorate, the Moroccan climate coalition, the hygiene service and the council.",
                            LocalDate.of(2023, 11, 15)));
            case "demnat" -> List.of(
                    new NewsDraft(
                            "المجلس يصادق على خطة عمل المشاركة المواطنة",
                            "Le conseil approuve le plan d'action de la participation citoyenne",
                            null,
                            "The council approves the citizen participation action plan",
                            "صادق مجلس الجماعة يوم 6 فبراير 2025 على خطة العمل بعد استشارة عمومية انطلقت يوم 8 يناير 2025.",
                            "Le conseil communal a approuvé le plan d'action le 6 février 2025, après une consultation publique lancée le 8 janvier 2025.",
                            null,
                            "The communal council approved the action plan on 6 February 2025, after a public consultation launched on 8 January 2025.",
                            LocalDate.of(2025, 2, 6)),
                    new NewsDraft(
                            "إحداث مجلس الطفل",
                            "Création du conseil des enfants",
                            null,
                            "A child council is created",
                            "أُحدث مجلس الطفل يوم 15 فبراير 2025 بعد لقاء تحسيسي يوم 18 يناير 2025.",
                            "Le conseil des enfants a été créé le 15 février 2025, après une réunion de sensibilisation le 18 janvier 2025.",
                            null,
                            "The child council was created on 15 February 2025, after an awareness meeting on 18 January 2025.",
                            LocalDate.of(2025, 2, 15)));
            default -> List.of(
                    new NewsDraft(
                            "انطلاق الفضاء التشاركي للجماعة",
                            "Ouverture de l'espace participatif de la commune",
                            "ⴰⵙⵏⵓⴱⴳ ⵏ ⵓⵙⵉⵔⴰ ⴰⵎⵙⵎⵓⵜⵜⴳ",
                            "The commune's participation space opens",
                            "تشارك الجماعة في برنامج دعم المشاركة المواطنة (تضافر).",
                            "La commune participe au programme d'appui à la participation citoyenne (Tadafor).",
                            null,
                            "The commune takes part in the citizen participation support program (Tadafor).",
                            LocalDate.of(2024, 1, 9)));
        };
    }
}
