package ma.mocharaka.admin.analytics;

import java.util.List;

import ma.mocharaka.admin.programs.Enrolment;

/**
 * Which communes a view compares: every filter is optional. Slugs, when given, restrict to those communes (the
 * side-by-side comparison, a commune admin's own profile).
 */
public record CommuneSelection(String program, Enrolment.Cohort cohort, String region, String province, String kind,
                               PopulationBand population, List<String> slugs) {

    public static final CommuneSelection ALL = new CommuneSelection(null, null, null, null, null, null, List.of());

    public static CommuneSelection only(List<String> slugs) {
        return new CommuneSelection(null, null, null, null, null, null, List.copyOf(slugs));
    }

    public CommuneSelection {
        program = blankToNull(program);
        region = blankToNull(region);
        province = blankToNull(province);
        kind = "URBAN".equals(kind) || "RURAL".equals(kind) ? kind : null;
        slugs = slugs == null ? List.of() : List.copyOf(slugs);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
