package ma.mocharaka.portal.privacy;

/**
 * What one module of the portal keeps about a citizen in the current commune, so that the rights of law 09-08 (access
 * and erasure) reach every module without the privacy module knowing their tables. Each module that stores anything
 * keyed by a citizen's account implements this once, as a Spring bean.
 */
public interface PersonalData {

    /** Name of this module's part of a citizen's export, e.g. {@code petitions}. */
    String section();

    /**
     * Everything this module keeps about the account in the current commune, as values a JSON writer understands
     * (maps, lists, strings, numbers, booleans, dates). Never a CIN: only what is stored, which is its keyed hash and
     * last three digits.
     */
    Object export(String account);

    /**
     * Forgets the account in the current commune. What is only personal is deleted; acts that count (signatures,
     * ballots, survey answers, votes) stay counted but no longer lead back to the account.
     */
    void erase(String account);
}
