package ma.mocharaka.portal.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.bodies.AdvisoryBodies;
import ma.mocharaka.portal.bodies.BodyKind;

/**
 * Advisory bodies from the program's records. Beni Mellal's equality body and the two draft opinions of its
 * 22-24 December 2023 training (seed 001: "the final drafting will be completed before they go to the council", so
 * they stay drafts); Demnate's equality body training of 23 October 2024 and its child council created on
 * 15 February 2025 (seed 004). No member names are in the sources, so none are made up.
 */
@Component
@Profile("demo")
public class DemoBodies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBodies.class);

    private final ForEachCommune forEachCommune;
    private final AdvisoryBodies bodies;

    DemoBodies(ForEachCommune forEachCommune, AdvisoryBodies bodies) {
        this.forEachCommune = forEachCommune;
        this.bodies = bodies;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-bodies", commune -> {
            if (bodies.count() > 0) {
                return;
            }
            switch (commune.slug()) {
                case "beni-mellal" -> beniMellal(bodies);
                case "demnat" -> demnat(bodies);
                default -> {
                }
            }
        });
        log.info("Demo advisory bodies in place");
    }

    /** Beni Mellal's equality body with its December 2023 training and two draft opinions; returns the body's id. */
    public static long beniMellal(AdvisoryBodies bodies) {
        long body = bodies.create(BodyKind.EQUALITY_BODY, equalityBodyName(), LocalizedText.of(
                        "هيئة استشارية لدى المجلس تعنى بقضايا المساواة وتكافؤ الفرص ومقاربة النوع، وتقدم آراء استشارية للمجلس.",
                        "Instance consultative auprès du conseil pour l’équité, l’égalité des chances et l’approche genre ; elle rend des avis consultatifs au conseil.",
                        null,
                        "Advisory body to the council on equality, equal opportunities and the gender approach; it gives advisory opinions to the council."),
                null, "demo-loader");
        bodies.recordMeeting(body, LocalDate.of(2023, 12, 22),
                LocalizedText.of("دورة تكوينية حول اختصاصات وآليات اشتغال الهيئة (22-24 دجنبر 2023)",
                        "Formation sur les compétences et le fonctionnement de l’instance (22-24 décembre 2023)", null,
                        "Training on the body's competences and working methods (22-24 December 2023)"),
                LocalizedText.of("نتج عن أشغال المجموعات صياغة مشروع رأيين استشاريين، سيتم الانتهاء من صياغتهما النهائية ليتم تقديمهما للمجلس الجماعي.",
                        "Les travaux de groupe ont produit deux projets d’avis consultatifs, dont la rédaction finale sera achevée avant leur présentation au conseil communal.",
                        null,
                        "Group work produced two draft advisory opinions, to be finalised before they go to the communal council."),
                "demo-loader");
        bodies.draftOpinion(body,
                LocalizedText.of("تيسير ولوج الأشخاص في وضعية إعاقة لخدمة النقل العمومي (الحافلات)",
                        "Faciliter l’accès des personnes en situation de handicap au transport public (bus)", null,
                        "Access of persons with disabilities to public transport (buses)"),
                LocalizedText.of("مشروع رأي استشاري صاغته الهيئة خلال دورتها التكوينية لدجنبر 2023.",
                        "Projet d’avis rédigé par l’instance lors de sa formation de décembre 2023.", null,
                        "Draft opinion written by the body during its December 2023 training."),
                LocalDate.of(2023, 12, 24), "demo-loader");
        bodies.draftOpinion(body,
                LocalizedText.of("تيسير الولوجيات (اللوحات الإشهارية، عبوات الصرف الصحي..) من خلال الحد من الشوائب",
                        "Faciliter l’accessibilité de l’espace public (panneaux publicitaires, regards d’assainissement…) en supprimant les obstacles", null,
                        "Accessibility of public space (billboards, sewer covers…) by removing obstacles"),
                LocalizedText.of("مشروع رأي استشاري صاغته الهيئة خلال دورتها التكوينية لدجنبر 2023.",
                        "Projet d’avis rédigé par l’instance lors de sa formation de décembre 2023.", null,
                        "Draft opinion written by the body during its December 2023 training."),
                LocalDate.of(2023, 12, 24), "demo-loader");
        return body;
    }

    private static void demnat(AdvisoryBodies bodies) {
        long equality = bodies.create(BodyKind.EQUALITY_BODY, equalityBodyName(),
                LocalizedText.of("هيئة استشارية لدى المجلس.", "Instance consultative auprès du conseil.", null,
                        "Advisory body to the council."), null, "demo-loader");
        bodies.recordMeeting(equality, LocalDate.of(2024, 10, 23),
                LocalizedText.of("دورة تكوينية حول الإطار القانوني وأدوار ومهام الهيئة وصياغة الآراء الاستشارية",
                        "Formation sur le cadre juridique, les rôles et missions de l’instance et la rédaction des avis consultatifs",
                        null, "Training on the legal framework, the body's roles and drafting advisory opinions"),
                LocalizedText.of("تكوين لفائدة أعضاء الهيئة يوم 23 أكتوبر 2024.", "Formation des membres de l’instance, le 23 octobre 2024.",
                        null, "Training of the body's members on 23 October 2024."),
                "demo-loader");
        bodies.create(BodyKind.CHILD_COUNCIL,
                LocalizedText.of("مجلس الطفل لدى مجلس جماعة دمنات", "Conseil des enfants auprès du conseil de Demnate", null,
                        "Child council of the Demnate council"),
                LocalizedText.of("أحدث يوم 15 فبراير 2025 بعد لقاء تحسيسي يوم 18 يناير 2025.",
                        "Créé le 15 février 2025, après une réunion de sensibilisation le 18 janvier 2025.", null,
                        "Created on 15 February 2025, after an awareness meeting on 18 January 2025."),
                LocalDate.of(2025, 2, 15), "demo-loader");
    }

    private static LocalizedText equalityBodyName() {
        return LocalizedText.of("هيئة المساواة وتكافؤ الفرص ومقاربة النوع",
                "Instance de l’équité, de l’égalité des chances et de l’approche genre", null,
                "Equality, equal opportunities and gender approach body");
    }
}
