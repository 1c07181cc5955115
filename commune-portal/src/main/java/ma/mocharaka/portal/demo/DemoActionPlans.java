package ma.mocharaka.portal.demo;

import java.math.BigDecimal;
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
import ma.mocharaka.portal.actionplan.ActionPlanDraft;
import ma.mocharaka.portal.actionplan.ActionPlans;
import ma.mocharaka.portal.actionplan.ActionStatus;

/**
 * Demnate's citizen participation action plan, approved by the council on 6 February 2025 (seed 004). The plan's
 * own list of actions is not in the sources; what is listed are the achievements the program's record reports after
 * the approval, and the plan's summary says so. No budget or owner figures are invented.
 */
@Component
@Profile("demo")
public class DemoActionPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActionPlans.class);

    private final ForEachCommune forEachCommune;
    private final ActionPlans plans;

    DemoActionPlans(ForEachCommune forEachCommune, ActionPlans plans) {
        this.forEachCommune = forEachCommune;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-action-plans", commune -> {
            if (commune.slug().equals("demnat") && plans.count() == 0) {
                plans.record(demnat(), "demo-loader");
            }
        });
        log.info("Demo action plans in place");
    }

    public static ActionPlanDraft demnat() {
        LocalizedText commune = LocalizedText.of("جماعة دمنات", "Commune de Demnate", null, "Commune of Demnate");
        return new ActionPlanDraft(
                LocalizedText.of("خطة عمل المشاركة المواطنة لجماعة دمنات", "Plan d’action de la participation citoyenne de Demnate",
                        null, "Demnate's citizen participation action plan"),
                LocalizedText.of(
                        "صادق عليها المجلس يوم 6 فبراير 2025. الإجراءات المعروضة هي الإنجازات التي يذكرها سجل البرنامج.",
                        "Approuvé par le conseil le 6 février 2025. Les actions affichées sont les réalisations que rapporte le dossier du programme.",
                        null,
                        "Approved by the council on 6 February 2025. The actions shown are the achievements the program's record reports."),
                LocalDate.of(2025, 2, 6),
                List.of(
                        new ActionPlanDraft.Action(
                                LocalizedText.of("إحداث مجلس الطفل", "Créer le conseil des enfants", null, "Create the child council"),
                                commune, LocalDate.of(2025, 1, 18), LocalDate.of(2025, 2, 15), null, ActionStatus.DONE, 100,
                                List.of(new ActionPlanDraft.Indicator(
                                        LocalizedText.of("مجلس الطفل محدث", "Conseil des enfants créé", null, "Child council created"),
                                        "conseil", BigDecimal.ZERO, BigDecimal.ONE))),
                        new ActionPlanDraft.Action(
                                LocalizedText.of("زيارة تبادل التجارب والخبرات إلى أكادير", "Visite d’échange d’expériences à Agadir", null,
                                        "Experience-exchange visit to Agadir"),
                                commune, LocalDate.of(2025, 2, 19), LocalDate.of(2025, 2, 22), null, ActionStatus.DONE, 100, List.of()),
                        new ActionPlanDraft.Action(
                                LocalizedText.of("إحداث فضاء للألعاب بجانب مسجد الجنيد بأكداين", "Aire de jeux à côté de la mosquée Al Junaid à Agdain",
                                        null, "Playground next to the Al Junaid mosque in Agdain"),
                                commune, null, null, null, ActionStatus.DONE, 100, List.of())));
    }
}
