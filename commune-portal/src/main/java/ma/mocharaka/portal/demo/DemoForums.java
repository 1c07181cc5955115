package ma.mocharaka.portal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.forums.ForumDraft;
import ma.mocharaka.portal.forums.ForumDraft.Slot;
import ma.mocharaka.portal.forums.ForumKind;
import ma.mocharaka.portal.forums.Forums;

/**
 * The Beni Mellal citizen forum of Saturday 15 February 2025, as its printed agenda gives it (shared seed 000):
 * place, timed sessions, objectives. The agenda states no capacity, so none is invented here.
 */
@Component
@Profile("demo")
public class DemoForums implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoForums.class);

    private final ForEachCommune forEachCommune;
    private final Forums forums;

    DemoForums(ForEachCommune forEachCommune, Forums forums) {
        this.forEachCommune = forEachCommune;
        this.forums = forums;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-forums", commune -> {
            if (commune.slug().equals("beni-mellal") && forums.count() == 0) {
                forums.schedule(beniMellalCitizenForum(), "demo-loader");
            }
        });
        log.info("Demo forums in place");
    }

    public static ForumDraft beniMellalCitizenForum() {
        LocalDate day = LocalDate.of(2025, 2, 15);
        return new ForumDraft(ForumKind.CITIZEN_FORUM,
                LocalizedText.of(
                        "المنتدى المواطن: النسخة الأولى للميزانية التشاركية بجماعة بني ملال 2024-2025",
                        "Forum citoyen : première édition du budget participatif de la commune de Béni Mellal 2024-2025",
                        null,
                        "Citizen forum: first participatory budget of the commune of Beni Mellal 2024-2025"),
                LocalizedText.of(
                        "الإخبار بمسلسل الميزانية التشاركية ومنهجيتها وقواعد وكيفيات المشاركة؛ التشاور من خلال ورشات عمل يعبر فيها المواطنون عن حاجياتهم وأفكار المشاريع؛ انتخاب مندوبي الأحياء الذين سيمثلون الساكنة لدى الجماعة خلال المراحل المقبلة.",
                        "Informer sur le processus du budget participatif, sa méthode et ses règles de participation ; concerter, en ateliers, sur les besoins et les idées de projets des citoyens ; élire les délégués de quartier qui représenteront les habitants auprès de la commune dans les phases suivantes.",
                        null,
                        "Inform about the participatory budget process, its method and rules; consult citizens in workshops on their needs and project ideas; elect the neighbourhood delegates who will represent residents before the commune in the next phases."),
                LocalizedText.of("دار الشباب المغرب العربي، بني ملال", "Dar Chabab Maghreb Arabi, Béni Mellal",
                        null, "Dar Chabab Maghreb Arabi youth centre, Beni Mellal"),
                null,
                day.atTime(9, 30), day.atTime(13, 0), null,
                List.of(
                        slot("09:30", "10:00", "استقبال وتسجيل المشاركين.ات",
                                "Accueil et inscription des participant·e·s", "Welcome and registration of participants"),
                        slot("10:00", "10:30", "كلمات افتتاحية: جماعة بني ملال؛ مشروع تضافر؛ تقديم أهداف المنتدى، النتائج المتوقعة، ومراحل الميزانية التشاركية، المنهجية، قواعد وكيفيات المشاركة",
                                "Mots d’ouverture : commune de Béni Mellal ; projet Tadafor ; présentation des objectifs du forum, des résultats attendus, des phases du budget participatif, de la méthode et des règles de participation",
                                "Opening words: the commune of Beni Mellal; the Tadafor project; the forum's objectives, expected results, participatory budget phases, method and rules of participation"),
                        slot("10:30", "10:45", "تفاعل الحضور", "Échanges avec la salle", "Questions from the floor"),
                        slot("10:45", "11:30", "عمل المجموعات: عصف ذهني حول مقترحات المشاريع المرتبطة بالبيئة في المدينة القديمة",
                                "Travail en groupes : remue-méninges sur des propositions de projets liées à l’environnement dans la médina",
                                "Group work: brainstorming project proposals on the environment in the old town"),
                        slot("11:30", "12:15", "عمل المجموعات: صياغة مقترحات المشاريع",
                                "Travail en groupes : rédaction des propositions de projets", "Group work: drafting the project proposals"),
                        slot("12:15", "12:30", "عرض نتائج أعمال المجموعات",
                                "Présentation des résultats des groupes", "The groups present their results"),
                        slot("12:30", "12:45", "تفاعل الحضور / النقاش", "Échanges avec la salle / débat", "Questions from the floor / discussion"),
                        slot("12:45", "13:00", "انتخاب ممثلي الأحياء", "Élection des représentants des quartiers", "Election of the neighbourhood representatives"),
                        slot("13:00", null, "اختتام اللقاء – استراحة شاي", "Clôture de la rencontre – pause thé", "Closing – tea break")));
    }

    private static Slot slot(String from, String to, String ar, String fr, String en) {
        return new Slot(LocalTime.parse(from), to == null ? null : LocalTime.parse(to), LocalizedText.of(ar, fr, null, en));
    }
}
