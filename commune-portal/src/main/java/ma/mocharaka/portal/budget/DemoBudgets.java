package ma.mocharaka.portal.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * Participatory budget demo data, loaded through the same rules as real cycles (the loader moves a cycle's dates to
 * reach each phase, as staff would over months). Beni Mellal: its first edition (2024-2025 in the program's record)
 * shown in its vote, with illustrative projects and costs, so bm.citizen can vote. Demnate: a cycle in
 * implementation with the playground next to the Al Junaid mosque in Agdain, which Demnate's record lists among its
 * achievements; the milestones' wording and dates and the other project are illustrative. Voters of the demo hold
 * obviously fictitious CINs (ZZ range).
 */
@Component
@Profile("demo")
class DemoBudgets implements ApplicationRunner {

    static final String LOADER = "demo-loader";
    /** bm.citizen's fictitious card, the same as in the petitions demo, so both demos know one person. */
    static final String DEMO_CITIZEN_CIN = "ZZ999001";
    private static final Logger log = LoggerFactory.getLogger(DemoBudgets.class);

    private final ForEachCommune forEachCommune;
    private final ParticipatoryBudget budget;
    private final ResidenceVerification residence;

    DemoBudgets(ForEachCommune forEachCommune, ParticipatoryBudget budget, ResidenceVerification residence) {
        this.forEachCommune = forEachCommune;
        this.budget = budget;
        this.residence = residence;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-budget", commune -> {
            if (commune.slug().equals("beni-mellal")) {
                loadBeniMellal();
            } else if (commune.slug().equals("demnat")) {
                loadDemnat();
            }
        });
        log.info("Demo participatory budgets in place");
    }

    /** Loads once: a commune where the loader already created a cycle is left alone. */
    void loadBeniMellal() {
        // The demo citizen stands for someone whose card staff saw at the office, with the year of birth on it.
        residence.verifyAtOffice(DEMO_CITIZEN_CIN, "مواطن(ة) تجريبي(ة)", "bm.citizen", 1990, LOADER);
        if (budget.anyCycleCreatedBy(LOADER)) {
            return;
        }
        LocalDate today = budget.today();
        BudgetViews.Cycle cycle = budget.createCycle(form(
                "الميزانية التشاركية لجماعة بني ملال – الدورة الأولى (عرض توضيحي)",
                """
                        الدورة الأولى للميزانية التشاركية بجماعة بني ملال (2024-2025): إخبار، ثم منتدى مواطن بورشات أفرزت \
                        مقترحات، ثم انتخاب مندوبي الأحياء، فدراسة الجدوى، فالتصويت. المشاريع والكلفة المعروضة هنا توضيحية.
                        Première édition du budget participatif de Béni Mellal (2024-2025). Projets et coûts illustratifs.""",
                VotingRule.KNAPSACK, 2_000_000, null, 18,
                phasesWithProposalsOpen(today)), LOADER);
        long id = cycle.id();
        List<Long> projects = new ArrayList<>();
        projects.add(budget.enterFromForum(id, "إنارة عمومية بالطاقة الشمسية لأزقة حي أولاد عياد",
                "تركيب أعمدة إنارة تعمل بالطاقة الشمسية في الأزقة المظلمة لتحسين السلامة ليلا.", "أولاد عياد", LOADER).id());
        projects.add(budget.enterFromForum(id, "ملعب قرب لكرة القدم بحي الأطلس",
                "تهيئة ملعب قرب معشوشب اصطناعيا مع إنارة وسياج، مفتوح لشباب الحي.", "الأطلس", LOADER).id());
        projects.add(budget.enterFromForum(id, "ولوجيات الأرصفة وممرات الراجلين قرب المدارس",
                "تخفيض الأرصفة وتهيئة ممرات راجلين آمنة وولوجة للأشخاص في وضعية إعاقة أمام ثلاث مدارس.", "المدينة", LOADER).id());
        projects.add(budget.enterFromForum(id, "مساحة خضراء وألعاب أطفال بحي المسيرة",
                "تشجير وتهيئة فضاء أخضر مع ألعاب أطفال وكراسي عمومية.", "المسيرة", LOADER).id());
        projects.add(budget.enterFromForum(id, "قاعة مطالعة رقمية بدار الشباب المغرب العربي",
                "تجهيز قاعة بحواسيب وربط بالإنترنت ورفوف كتب لفائدة التلاميذ والطلبة.", "المغرب العربي", LOADER).id());
        long rejected = budget.enterFromForum(id, "توسيع الطريق الجهوية عند مدخل المدينة",
                "توسيع الطريق إلى أربعة ممرات.", null, LOADER).id();
        budget.updateCycle(id, form(cycle.title(), cycle.description(), VotingRule.KNAPSACK, 2_000_000, null, 18,
                phasesInReview(today)), LOADER);
        long[] costs = {650_000, 900_000, 400_000, 550_000, 300_000};
        for (int i = 0; i < projects.size(); i++) {
            budget.review(id, projects.get(i), true, costs[i], null, LOADER);
        }
        budget.review(id, rejected, false, null,
                "الطريق الجهوية ليست من اختصاص الجماعة، وكلفتها تفوق الغلاف المالي للدورة.", LOADER);
        budget.updateCycle(id, form(cycle.title(), cycle.description(), VotingRule.KNAPSACK, 2_000_000, null, 18,
                phasesVoting(today)), LOADER);
    }

    void loadDemnat() {
        if (budget.anyCycleCreatedBy(LOADER)) {
            return;
        }
        LocalDate today = budget.today();
        String title = "الميزانية التشاركية لجماعة دمنات (عرض توضيحي)";
        String about = """
                دورة توضيحية لتتبع الإنجاز: من بين منجزات الجماعة المسجلة إحداث فضاء للألعاب بجانب مسجد الجنيد بأكداين. \
                مراحل الإنجاز وتواريخها والمشروع الثاني توضيحية.
                Cycle de démonstration du suivi : l’aire de jeux à côté de la mosquée Al Junaid à Agdain figure parmi les \
                réalisations de la commune ; les étapes, leurs dates et le second projet sont illustratifs.""";
        BudgetViews.Cycle cycle = budget.createCycle(form(title, about, VotingRule.APPROVAL, 600_000, 2, 18,
                phasesWithProposalsOpen(today)), LOADER);
        long id = cycle.id();
        long playground = budget.enterFromForum(id, "فضاء للألعاب بجانب مسجد الجنيد بأكداين",
                "إحداث فضاء آمن لألعاب الأطفال بجانب مسجد الجنيد بحي أكداين.", "أكداين", LOADER).id();
        long shelter = budget.enterFromForum(id, "مظلات انتظار للحافلات بشارع محمد الخامس",
                "تركيب مظلات انتظار بكراس في ثلاث محطات.", null, LOADER).id();
        long fountain = budget.enterFromForum(id, "ترميم السقاية القديمة بالمدينة العتيقة",
                "ترميم السقاية وإعادة تشغيلها.", "المدينة العتيقة", LOADER).id();
        budget.updateCycle(id, form(title, about, VotingRule.APPROVAL, 600_000, 2, 18, phasesInReview(today)), LOADER);
        budget.review(id, playground, true, 250_000L, null, LOADER);
        budget.review(id, shelter, true, 180_000L, null, LOADER);
        budget.review(id, fountain, true, 320_000L, null, LOADER);
        budget.updateCycle(id, form(title, about, VotingRule.APPROVAL, 600_000, 2, 18, phasesVoting(today)), LOADER);
        // Fictitious residents entered on paper by staff: enough ballots for a readable result.
        for (int n = 0; n < 24; n++) {
            String cin = "ZZ%06d".formatted(800_000 + n);
            residence.verifyAtOffice(cin, "ساكن(ة) تجريبي(ة) " + (n + 1), null, 1960 + n, LOADER);
            List<Long> chosen = n % 3 == 0 ? List.of(playground, fountain)
                    : n % 3 == 1 ? List.of(playground, shelter) : List.of(shelter);
            budget.castPaper(id, cin, chosen, LOADER);
        }
        // The cycle's real calendar: the vote is over and implementation runs.
        budget.updateCycle(id, form(title, about, VotingRule.APPROVAL, 600_000, 2, 18, new BudgetSchedule(
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 15),
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 22),
                LocalDate.of(2024, 9, 1))), LOADER);
        budget.publishResults(id, LOADER);
        budget.updateProgress(id, playground, 100, LOADER);
        budget.addMilestone(id, playground, "دراسة الموقع وتصميم الفضاء", LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 10, 10), LOADER);
        budget.addMilestone(id, playground, "الأشغال وتركيب الألعاب", LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 1, 20), LOADER);
        budget.addMilestone(id, playground, "فتح الفضاء للأطفال", LocalDate.of(2025, 2, 15),
                LocalDate.of(2025, 2, 20), LOADER);
        budget.updateProgress(id, shelter, 40, LOADER);
        budget.addMilestone(id, shelter, "طلب العروض", LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 15), LOADER);
        budget.addMilestone(id, shelter, "تركيب المظلات", today.plusMonths(2), null, LOADER);
    }

    private static BudgetSchedule phasesWithProposalsOpen(LocalDate today) {
        return new BudgetSchedule(today.minusDays(10), today, today.plusDays(20), today.plusDays(30),
                today.plusDays(40), today.plusDays(60), today.plusDays(90));
    }

    private static BudgetSchedule phasesInReview(LocalDate today) {
        return new BudgetSchedule(today.minusDays(60), today.minusDays(50), today.minusDays(30), today,
                today.plusDays(10), today.plusDays(30), today.plusDays(60));
    }

    /** Where the demo cycles are shown to visitors: the vote opened five days ago and runs three more weeks. */
    private static BudgetSchedule phasesVoting(LocalDate today) {
        return new BudgetSchedule(today.minusDays(75), today.minusDays(60), today.minusDays(30), today.minusDays(20),
                today.minusDays(5), today.plusDays(21), today.plusDays(50));
    }

    private static CycleForm form(String title, String description, VotingRule rule, long budgetMad, Integer maxChoices,
                                  Integer minAge, BudgetSchedule dates) {
        return new CycleForm(title, description, rule.name(), String.valueOf(budgetMad),
                maxChoices == null ? "" : String.valueOf(maxChoices), minAge == null ? "" : String.valueOf(minAge),
                dates.informationFrom(), dates.proposalsFrom(), dates.delegatesFrom(), dates.reviewFrom(),
                dates.voteFrom(), dates.resultsFrom(), dates.implementationFrom());
    }
}
