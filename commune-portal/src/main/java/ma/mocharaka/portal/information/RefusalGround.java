package ma.mocharaka.portal.information;

/**
 * The exceptions of law 31-13, art. 7, that a refusal (total or partial) must name. The texts of each ground, in
 * four languages, are the messages {@code information.ground.<NAME>}.
 */
public enum RefusalGround {
    NATIONAL_DEFENCE,
    STATE_SECURITY,
    PRIVATE_LIFE,
    FUNDAMENTAL_RIGHTS,
    SOURCES_PROTECTION,
    FOREIGN_RELATIONS,
    ECONOMIC_POLICY,
    INTELLECTUAL_PROPERTY,
    VICTIMS_AND_WITNESSES,
    GOVERNMENT_DELIBERATIONS,
    INVESTIGATIONS,
    JUDICIAL_PROCEEDINGS,
    FAIR_COMPETITION
}
