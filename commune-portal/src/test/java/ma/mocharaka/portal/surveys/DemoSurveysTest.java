package ma.mocharaka.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.PortalTest;

/** The demo surveys go through the same rules as real ones, show results, and loading them twice changes nothing. */
@PortalTest
class DemoSurveysTest {

    @Autowired Surveys surveys;
    @Autowired CommuneRegistry registry;
    @Autowired ForEachCommune forEachCommune;

    @Test
    void beniMellalHasAnOpenCivilStatusSurveyWithPaperAnswersAndAClosedOneOnWasteCollection() {
        Commune beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        DemoSurveys demo = new DemoSurveys(forEachCommune, surveys);
        CurrentCommune.runAs(beniMellal, () -> {
            demo.loadIntoCurrentCommune();
            int before = surveys.all().size();
            demo.loadIntoCurrentCommune();
            assertThat(surveys.all()).hasSize(before);

            List<SurveyView> demoSurveys = surveys.all().stream()
                    .filter(s -> s.intro().in("fr").contains("ISED-BMK")).toList();
            assertThat(demoSurveys).hasSize(2);
            SurveyView civilStatus = demoSurveys.stream().filter(s -> s.service() == CommuneService.CIVIL_STATUS)
                    .findFirst().orElseThrow();
            assertThat(civilStatus.phase()).isEqualTo(SurveyPhase.OPEN);
            assertThat(civilStatus.responses()).isEqualTo(320);
            assertThat(civilStatus.resultsPublic()).isTrue();
            assertThat(civilStatus.questions()).extracting(SurveyView.QuestionView::kind).containsExactly(
                    QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.CHOICE,
                    QuestionKind.CHOICE, QuestionKind.TEXT);

            SurveyResults results = surveys.publicResults(civilStatus.id());
            assertThat(results.paper()).isEqualTo(320);
            SurveyResults.QuestionResult overall = results.questions().getFirst();
            assertThat(overall.overall().mean()).isBetween(2.0, 5.0);
            assertThat(overall.groups()).filteredOn(g -> !g.suppressed()).extracting(SurveyResults.Group::value)
                    .contains("WOMAN", "MAN", "NOT_GIVEN", "FROM_18_TO_35");
            assertThat(results.questions().get(5).texts()).hasSizeGreaterThan(50);

            SurveyView waste = demoSurveys.stream().filter(s -> s.service() == CommuneService.WASTE_COLLECTION)
                    .findFirst().orElseThrow();
            assertThat(waste.phase()).isEqualTo(SurveyPhase.CLOSED);
            assertThat(waste.responses()).isEqualTo(180);
            assertThat(surveys.serviceSummaries(true)).extracting(SurveyResults.ServiceSummary::service)
                    .contains(CommuneService.CIVIL_STATUS, CommuneService.WASTE_COLLECTION);
        });
    }
}
