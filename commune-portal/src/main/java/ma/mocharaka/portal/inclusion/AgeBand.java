package ma.mocharaka.portal.inclusion;

/**
 * Bands instead of a birth date: enough to count youth, too coarse to identify anyone (law 09-08 asks for no more
 * than the purpose needs). Youth is the 18-35 band, see docs/decisions/0201-forum-attendance-without-names.md.
 */
public enum AgeBand {
    UNDER_18,
    FROM_18_TO_35,
    FROM_36_TO_59,
    FROM_60;

    public boolean isYouth() {
        return this == FROM_18_TO_35;
    }
}
