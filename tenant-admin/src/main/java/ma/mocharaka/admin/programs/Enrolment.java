package ma.mocharaka.admin.programs;

import java.time.LocalDate;

import ma.mocharaka.platform.tenancy.Commune;

/** A commune's place in a program: pilot or partner, since when, how it joined, and who its focal point is. */
public record Enrolment(String programCode, Commune commune, Cohort cohort, LocalDate joinedOn, JoinedBy joinedBy,
                        String focalPoint) {

    public enum Cohort { PILOT, PARTNER }

    public enum JoinedBy { PRESELECTED, APPLICATION, CALL }
}
