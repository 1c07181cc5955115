package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.tenancy.ForEachCommune;

/**
 * Beni Mellal's satisfaction surveys for the demo, in the spirit of ISED-BMK, which had citizens of the region's 40
 * communes fill in more than 10,000 forms on the quality of commune services. The program's record gives neither
 * the forms' questions nor their answers, so the questions are plausible ones and the paper answers are generated
 * deterministically (fixed seed, a few hundred, not 10,000) and marked as illustrative in each survey's introduction.
 * Loaded once: a commune where the loader already created a survey is left alone.
 */
@Component
@Profile("demo")
class DemoSurveys implements ApplicationRunner {

    static final String LOADER = "demo-loader";
    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

    private final ForEachCommune forEachCommune;
    private final Surveys surveys;

    DemoSurveys(ForEachCommune forEachCommune, Surveys surveys) {
        this.forEachCommune = forEachCommune;
        this.surveys = surveys;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEachCommune.run("demo-surveys", commune -> {
            if (commune.slug().equals("beni-mellal")) {
                loadIntoCurrentCommune();
            }
        });
        log.info("Demo surveys in place");
    }

    void loadIntoCurrentCommune() {
        if (surveys.anyCreatedBy(LOADER)) {
            return;
        }
        LocalDate today = surveys.today();
        civilStatusOffice(today.minusDays(40), today.plusDays(50), today);
        wasteCollection();
    }

    /** Open now, answered online and on paper; staff published interim results. */
    private void civilStatusOffice(LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        SurveyView survey = surveys.create(new SurveyDraft(CommuneService.CIVIL_STATUS, Respondents.ANYONE,
                "استطلاع رضا المرتفقين عن مكتب الحالة المدنية",
                "Enquête de satisfaction des usagers du bureau d’état civil",
                "ⴰⵙⵇⵙⵉ ⵏ ⵓⵙⵙⵓⴷⵓ ⵅⴼ ⵓⵙⵉⵍⴰ ⵏ ⵜⴰⵍⵖⴰ ⵜⴰⵖⵍⴰⵏⵜ",
                "Satisfaction survey of the civil status office’s users",
                "على غرار استمارات الرضا التي ملأها أكثر من 10000 مواطن(ة) في 40 جماعة بجهة بني ملال-خنيفرة ضمن برنامج ISED-BMK. الأجوبة الورقية هنا توضيحية.",
                "Dans l’esprit des formulaires de satisfaction remplis par plus de 10 000 citoyens dans les 40 communes de la région Béni Mellal-Khénifra avec le programme ISED-BMK. Les réponses papier sont ici illustratives.",
                null,
                "In the spirit of the satisfaction forms that more than 10,000 citizens of the 40 communes of the Béni Mellal-Khénifra region filled in with the ISED-BMK program. The paper answers here are illustrative.",
                opensOn, closesOn), LOADER);
        long id = survey.id();
        scale(id, "بشكل عام، ما مدى رضاكم عن خدمات مكتب الحالة المدنية؟",
                "Dans l’ensemble, êtes-vous satisfait(e) du bureau d’état civil ?",
                "Overall, how satisfied are you with the civil status office?");
        scale(id, "ما مدى رضاكم عن مدة الانتظار؟", "Êtes-vous satisfait(e) du temps d’attente ?",
                "How satisfied are you with the waiting time?");
        scale(id, "ما مدى رضاكم عن حسن استقبال الموظفين وتعاونهم؟",
                "Êtes-vous satisfait(e) de l’accueil et de l’aide du personnel ?",
                "How satisfied are you with how staff received and helped you?");
        surveys.addQuestion(id, new QuestionForm(QuestionKind.CHOICE,
                "ما هي الوثيقة التي جئتم من أجلها؟", "Pour quel document êtes-vous venu(e) ?", null,
                "Which document did you come for?",
                "نسخة موجزة من رسم الولادة\nنسخة كاملة من رسم الولادة\nالدفتر العائلي\nرسم الزواج أو الطلاق\nرسم الوفاة",
                "Extrait d’acte de naissance\nCopie intégrale d’acte de naissance\nLivret de famille\nActe de mariage ou de divorce\nActe de décès",
                null,
                "Birth certificate extract\nFull copy of the birth record\nFamily record book\nMarriage or divorce record\nDeath record"), LOADER);
        surveys.addQuestion(id, new QuestionForm(QuestionKind.CHOICE,
                "كم انتظرتم قبل أن تُخدموا؟", "Combien de temps avez-vous attendu ?", null, "How long did you wait?",
                "أقل من 15 دقيقة\nمن 15 دقيقة إلى ساعة\nأكثر من ساعة",
                "Moins de 15 minutes\nDe 15 minutes à une heure\nPlus d’une heure", null,
                "Less than 15 minutes\n15 minutes to an hour\nMore than an hour"), LOADER);
        surveys.addQuestion(id, new QuestionForm(QuestionKind.TEXT,
                "ما الذي ينبغي للمكتب تحسينه؟", "Que devrait améliorer le bureau ?", null,
                "What should the office improve?", null, null, null, null), LOADER);
        surveys.launch(id, LOADER);
        Random random = new Random(2022_01_01L);
        List<String> suggestions = List.of(
                "تقليص مدة الانتظار في الشباك", "Ouvrir un deuxième guichet le lundi matin",
                "توفير كراسي للانتظار وولوجيات للأشخاص في وضعية إعاقة", "Afficher à l’entrée la liste des pièces à fournir",
                "رقمنة طلب نسخ رسوم الولادة عبر الإنترنت", "الموظفون متعاونون، شكرا لهم",
                "Un système de tickets numérotés", "احترام مواعيد فتح الشباك");
        enterPaper(survey.id(), 320, opensOn, today, random, 6, 3, List.of(5, 3), suggestions);
        surveys.publishResults(id, LOADER);
    }

    /** Closed in 2023, results public: the kind of service ISED-BMK's forms asked about. */
    private void wasteCollection() {
        LocalDate opensOn = LocalDate.of(2023, 3, 1);
        LocalDate closesOn = LocalDate.of(2023, 4, 30);
        SurveyView survey = surveys.create(new SurveyDraft(CommuneService.WASTE_COLLECTION, Respondents.ANYONE,
                "استطلاع الرضا عن جمع النفايات ونظافة الأحياء (2023)",
                "Enquête de satisfaction sur la collecte des déchets et la propreté des quartiers (2023)",
                null, "Satisfaction survey on waste collection and cleanliness of the neighbourhoods (2023)",
                "استمارات ورقية جمعت في الأحياء، على غرار برنامج ISED-BMK. الأجوبة هنا توضيحية.",
                "Formulaires papier recueillis dans les quartiers, dans l’esprit du programme ISED-BMK. Les réponses sont ici illustratives.",
                null, "Paper forms gathered in the neighbourhoods, in the spirit of the ISED-BMK program. The answers here are illustrative.",
                opensOn, closesOn), LOADER);
        long id = survey.id();
        scale(id, "ما مدى رضاكم عن نظافة حيكم؟", "Êtes-vous satisfait(e) de la propreté de votre quartier ?",
                "How satisfied are you with the cleanliness of your neighbourhood?");
        scale(id, "ما مدى رضاكم عن انتظام جمع النفايات؟", "Êtes-vous satisfait(e) de la régularité de la collecte ?",
                "How satisfied are you with how regularly waste is collected?");
        surveys.addQuestion(id, new QuestionForm(QuestionKind.CHOICE,
                "كم مرة تجمع النفايات في زنقتكم؟", "À quelle fréquence les déchets sont-ils collectés dans votre rue ?",
                null, "How often is waste collected in your street?",
                "كل يوم\nعدة مرات في الأسبوع\nمرة في الأسبوع\nأقل من ذلك",
                "Tous les jours\nPlusieurs fois par semaine\nUne fois par semaine\nMoins souvent", null,
                "Every day\nSeveral times a week\nOnce a week\nLess often"), LOADER);
        surveys.addQuestion(id, new QuestionForm(QuestionKind.TEXT,
                "اقتراحاتكم لتحسين النظافة", "Vos suggestions pour améliorer la propreté", null,
                "Your suggestions to improve cleanliness", null, null, null, null), LOADER);
        surveys.launch(id, LOADER);
        Random random = new Random(2023_03_16L);
        List<String> suggestions = List.of(
                "زيادة عدد الحاويات في الحي", "Collecter plus tôt le matin en été",
                "محاربة رمي الأزبال في الأراضي الفارغة", "Nettoyer le marché après le souk hebdomadaire",
                "حملات تحسيسية في المدارس");
        enterPaper(id, 180, opensOn, closesOn, random, 4, 2, List.of(4), suggestions);
    }

    private void scale(long id, String ar, String fr, String en) {
        surveys.addQuestion(id, new QuestionForm(QuestionKind.SCALE, ar, fr, null, en, null, null, null, null), LOADER);
    }

    /**
     * Generates forms: {@code scales} scores (older people a little more satisfied, as a demo needs something to
     * show in the breakdown), then one answer per choice question, then a suggestion on about a third of the forms.
     * About 70 % of people consented to the inclusion questions, close to half of them women.
     */
    private void enterPaper(long id, int count, LocalDate from, LocalDate to, Random random, int questions, int scales,
                            List<Integer> optionCounts, List<String> suggestions) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<PaperForms.TypedRow> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            LocalDate date = from.plusDays(random.nextLong(days));
            int age = 1 + weighted(random, 5, 45, 35, 15);
            boolean consent = random.nextInt(10) < 7;
            List<String> answers = new ArrayList<>();
            for (int s = 0; s < scales; s++) {
                int base = 2 + random.nextInt(3) + (age == 4 && random.nextBoolean() ? 1 : 0);
                answers.add(random.nextInt(12) == 0 ? "" : String.valueOf(Math.min(5, base)));
            }
            for (int options : optionCounts) {
                answers.add(String.valueOf(1 + weighted(random, options == 3 ? new int[] {45, 40, 15}
                        : options == 4 ? new int[] {30, 40, 20, 10} : new int[] {50, 20, 15, 10, 5})));
            }
            answers.add(random.nextInt(3) == 0 ? suggestions.get(random.nextInt(suggestions.size())) : "");
            while (answers.size() < questions) {
                answers.add("");
            }
            rows.add(new PaperForms.TypedRow(n + 1, date.toString(), answers, consent ? "yes" : "",
                    consent ? (random.nextInt(100) < 46 ? "F" : "M") : "",
                    consent ? String.valueOf(age) : "",
                    consent ? (random.nextInt(100) < 7 ? "yes" : "no") : ""));
        }
        Surveys.PaperOutcome outcome = surveys.enterPaper(id, rows, null, LOADER);
        if (!outcome.saved()) {
            throw new IllegalStateException("demo forms refused: " + outcome.rows().stream()
                    .filter(row -> !row.isValid()).findFirst().map(PaperForms.CheckedRow::problems).orElseThrow());
        }
    }

    private static int weighted(Random random, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
