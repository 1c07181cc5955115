package ma.mocharaka.portal.consultations;

/** A comment says what one thinks of a section; a proposal asks for a change to it and can gather supports. */
public enum ContributionKind {
    COMMENT,
    PROPOSAL
}
