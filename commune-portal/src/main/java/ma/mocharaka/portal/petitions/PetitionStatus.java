package ma.mocharaka.portal.petitions;

/**
 * Where a petition stands. REJECTED is the bureau finding it inadmissible; DECLINED is the council voting it down
 * after debating it, which the law treats as a different outcome.
 */
public enum PetitionStatus {
    DRAFT, COLLECTING, SUBMITTED, ON_AGENDA, REJECTED, ACCEPTED, DECLINED;

    public boolean isClosed() {
        return this == REJECTED || this == ACCEPTED || this == DECLINED;
    }
}
