package ma.mocharaka.portal.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.PortalTest;

/** The demo requests go through the same rules as real ones, show every state, and loading twice changes nothing. */
@PortalTest
class DemoInformationTest {

    @Autowired InformationRequests requests;
    @Autowired Publications publications;
    @Autowired CommuneRegistry registry;
    @Autowired ForEachCommune forEachCommune;

    @Test
    void beniMellalGetsRequestsInEveryStateAndItsPublicationList() {
        DemoInformation demo = new DemoInformation(forEachCommune, requests, publications);
        CurrentCommune.runAs(registry.findBySlug("beni-mellal").orElseThrow(), () -> {
            demo.loadIntoCurrentCommune();
            int requestsBefore = requests.register(RegisterFilter.ALL).size();
            int publicationsBefore = publications.all().size();
            demo.loadIntoCurrentCommune();
            assertThat(requests.register(RegisterFilter.ALL)).hasSize(requestsBefore);
            assertThat(publications.all()).hasSize(publicationsBefore);

            List<RequestView> demoRequests = requests.register(RegisterFilter.ALL).stream()
                    .filter(r -> r.subject().contains("(طلب تجريبي)")).toList();
            assertThat(demoRequests).extracting(RequestView::shownStatus)
                    .containsExactlyInAnyOrder("ANSWERED", "REFUSED", "IMPLICIT_REFUSAL", "EXTENDED", "RECEIVED");
            RequestView silent = demoRequests.stream().filter(RequestView::implicitRefusal).findFirst().orElseThrow();
            assertThat(silent.filedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(silent.headComplaintUntil()).isNotNull();
            assertThat(requests.mine("bm.citizen")).extracting(RequestView::subject)
                    .anyMatch(subject -> subject.contains("المكتبة الجماعية"));
            assertThat(publications.all()).extracting(p -> p.externalUrl())
                    .contains("/c/beni-mellal/consultations", "/c/beni-mellal/action-plan", "/c/beni-mellal/petitions",
                            "/c/beni-mellal/bodies");
        });
    }
}
