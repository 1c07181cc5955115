package ma.mocharaka.portal.surveys;

/**
 * Who may answer online: anyone (anonymously, or signed by a verified resident who chooses to), or only verified
 * residents, each once. Paper forms entered by staff are always anonymous.
 */
public enum Respondents {
    ANYONE,
    VERIFIED_RESIDENTS
}
