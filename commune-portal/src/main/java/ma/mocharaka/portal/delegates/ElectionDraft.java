package ma.mocharaka.portal.delegates;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** What staff type to prepare an election: the neighbourhood, the seats, and the candidates one per line. */
public record ElectionDraft(@Size(max = 120) String neighbourhoodAr, @Size(max = 120) String neighbourhoodFr,
                            @Size(max = 120) String neighbourhoodZgh, @Size(max = 120) String neighbourhoodEn,
                            @NotNull @Min(1) @Max(20) Integer seats, @Size(max = 4000) String candidates,
                            Long committee) {

    /** An election whose elected delegates join no committee automatically. */
    public ElectionDraft(String neighbourhoodAr, String neighbourhoodFr, String neighbourhoodZgh, String neighbourhoodEn,
                         Integer seats, String candidates) {
        this(neighbourhoodAr, neighbourhoodFr, neighbourhoodZgh, neighbourhoodEn, seats, candidates, null);
    }

    public static ElectionDraft empty() {
        return new ElectionDraft(null, null, null, null, 1, null, null);
    }

    public LocalizedText neighbourhood() {
        return LocalizedText.of(neighbourhoodAr, neighbourhoodFr, neighbourhoodZgh, neighbourhoodEn);
    }

    public List<String> candidateNames() {
        return candidates == null ? List.of() : Arrays.stream(candidates.split("\\R"))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    @AssertTrue(message = "{delegates.error.neighbourhood}")
    public boolean isNeighbourhoodNamed() {
        return !neighbourhood().isEmpty();
    }

    @AssertTrue(message = "{delegates.error.candidates}")
    public boolean isCandidateListUsable() {
        List<String> names = candidateNames();
        return !names.isEmpty() && names.size() <= 30 && names.stream().allMatch(name -> name.length() <= 120)
                && names.stream().distinct().count() == names.size();
    }
}
