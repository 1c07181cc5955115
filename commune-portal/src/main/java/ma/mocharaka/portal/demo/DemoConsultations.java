package ma.mocharaka.portal.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.consultations.ConsultationDraft;
import ma.mocharaka.portal.consultations.Consultations;
import ma.mocharaka.portal.consultations.DocumentKind;

/**
 * Two real consultations from the program's records: Beni Mellal's charter consultation (22 January - 12 February
 * 2024, seed 001) and Demnate's charter and action plan consultation (launched 8 January 2025, action plan approved
 * by the council on 6 February 2025, seed 004). The drafts' own wording is not in the sources, so the sections say
 * what the records say about each draft rather than inventing articles.
 */
@Component
@Profile("demo")
public class DemoConsultations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

    private final ForEachCommune forEachCommune;
    private final Consultations consultations;

    DemoConsultations(ForEachCommune forEachCommune, Consultations consultations) {
        this.forEachCommune = forEachCommune;
        this.consultations = consultations;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-consultations", commune -> {
            if (consultations.count() > 0) {
                return;
            }
            switch (commune.slug()) {
                case "beni-mellal" -> consultations.publish(beniMellalCharter(), "demo-loader");
                case "demnat" -> {
                    long id = consultations.publish(demnatCharterAndActionPlan(), "demo-loader");
                    consultations.recordApproval(id, LocalDate.of(2025, 2, 6), LocalizedText.of(
                            "صادق مجلس جماعة دمنات على خطة عمل المشاركة المواطنة بتاريخ 6 فبراير 2025.",
                            "Le conseil de la commune de Demnate a approuvé le plan d’action de la participation citoyenne le 6 février 2025.",
                            null,
                            "The council of the commune of Demnate approved the citizen participation action plan on 6 February 2025."),
                            "demo-loader");
                }
                default -> {
                }
            }
        });
        log.info("Demo consultations in place");
    }

    public static ConsultationDraft beniMellalCharter() {
        return new ConsultationDraft(DocumentKind.CHARTER,
                LocalizedText.of("التشاور العمومي حول مشروع ميثاق المشاركة المواطنة لجماعة بني ملال",
                        "Consultation publique sur le projet de charte de la participation citoyenne de Béni Mellal",
                        null, "Public consultation on Beni Mellal's draft citizen participation charter"),
                LocalizedText.of(
                        "فتح باب تلقي مقترحات وإضافات المواطنين وجمعيات المجتمع المدني والفاعلين والفعاليات القاطنة والناشطة بجماعة بني ملال حول مشروع ميثاق المشاركة المواطنة، لمدة 3 أسابيع من الإثنين 22 يناير 2024 إلى الإثنين 12 فبراير 2024.",
                        "Les citoyens, les associations et les acteurs résidant ou actifs à Béni Mellal peuvent faire leurs propositions et ajouts au projet de charte de la participation citoyenne, pendant 3 semaines, du lundi 22 janvier au lundi 12 février 2024.",
                        null,
                        "Citizens, associations and actors living or active in Beni Mellal can send proposals and additions to the draft citizen participation charter for 3 weeks, from Monday 22 January to Monday 12 February 2024."),
                LocalDate.of(2024, 1, 22), LocalDate.of(2024, 2, 12),
                List.of(
                        new ConsultationDraft.Section(
                                LocalizedText.of("مسار إعداد المسودة", "Comment le projet a été préparé", null, "How the draft was prepared"),
                                LocalizedText.of(
                                        "انطلق المسار من نموذج أولي أعدته المديرية العامة للجماعات الترابية. ورشة تكوينية يومي 17 و18 أكتوبر 2023؛ ورشة صياغة يوم 1 نونبر 2023 مع المنتخبين والإدارة وهيئة المساواة وتكافؤ الفرص ومقاربة النوع؛ ورشة تشاورية مع جمعيات المجتمع المدني يوم 7 دجنبر 2023 لتنقيح المسودة وتجويدها.",
                                        "Le processus est parti d’un modèle de la Direction générale des collectivités territoriales. Formation les 17 et 18 octobre 2023 ; atelier de rédaction le 1er novembre 2023 avec les élus, l’administration et l’instance de l’équité, de l’égalité des chances et de l’approche genre ; atelier de concertation avec les associations le 7 décembre 2023 pour affiner le projet.",
                                        null,
                                        "The process started from a model drafted by the General Directorate of Territorial Collectivities. Training on 17-18 October 2023; drafting workshop on 1 November 2023 with elected officials, the administration and the equality body; consultation workshop with associations on 7 December 2023 to refine the draft.")),
                        new ConsultationDraft.Section(
                                LocalizedText.of("مقترحاتكم وإضافاتكم", "Vos propositions et ajouts", null, "Your proposals and additions"),
                                LocalizedText.of(
                                        "اقترحوا ما ينبغي إضافته إلى الميثاق أو تعديله فيه: آليات المشاركة، وإشراك النساء والشباب والأشخاص في وضعية إعاقة، والتواصل مع الساكنة والجمعيات.",
                                        "Proposez ce qu’il faut ajouter à la charte ou y modifier : mécanismes de participation, participation des femmes, des jeunes et des personnes en situation de handicap, dialogue avec les habitants et les associations.",
                                        null,
                                        "Propose what the charter should add or change: participation mechanisms, involving women, youth and persons with disabilities, dialogue with residents and associations."))));
    }

    public static ConsultationDraft demnatCharterAndActionPlan() {
        return new ConsultationDraft(DocumentKind.CHARTER_AND_ACTION_PLAN,
                LocalizedText.of("التشاور العمومي حول ميثاق وخطة عمل المشاركة المواطنة لجماعة دمنات",
                        "Consultation publique sur la charte et le plan d’action de la participation citoyenne de Demnate",
                        null, "Public consultation on Demnate's citizen participation charter and action plan"),
                LocalizedText.of(
                        "أعلنت الجماعة يوم 8 يناير 2025 عن انطلاق مسار تشاور عمومي حول ميثاق وخطة عمل المشاركة المواطنة. لا تذكر سجلات البرنامج تاريخ الإغلاق؛ يُعرض هنا يوم المصادقة كحد أقصى.",
                        "La commune a lancé le 8 janvier 2025 une consultation publique sur la charte et le plan d’action de la participation citoyenne. Les dossiers du programme ne donnent pas la date de clôture : le jour de l’approbation est indiqué comme limite.",
                        null,
                        "The commune launched a public consultation on the citizen participation charter and action plan on 8 January 2025. The program's records do not give the closing day; the approval day is shown as the latest possible."),
                LocalDate.of(2025, 1, 8), LocalDate.of(2025, 2, 6),
                List.of(new ConsultationDraft.Section(
                        LocalizedText.of("خطة عمل المشاركة المواطنة", "Plan d’action de la participation citoyenne", null, "Citizen participation action plan"),
                        LocalizedText.of(
                                "أعدت المسودة بعد ورشة تحضيرية يوم 14 ماي 2024 وتكوينات لفائدة الجمعيات (6 و29 يونيو 2024) ولهيئة المساواة (23 أكتوبر 2024).",
                                "Le projet a été préparé après un atelier préparatoire le 14 mai 2024 et des formations des associations (6 et 29 juin 2024) et de l’instance de l’équité (23 octobre 2024).",
                                null,
                                "The draft was prepared after a preparatory workshop on 14 May 2024 and trainings of associations (6 and 29 June 2024) and of the equality body (23 October 2024)."))));
    }
}
