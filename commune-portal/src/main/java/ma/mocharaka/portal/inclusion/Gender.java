package ma.mocharaka.portal.inclusion;

/** Asked only with consent, and only so participation can be counted for women (the program's inclusion target). */
public enum Gender {
    WOMAN,
    MAN
}
