package ma.mocharaka.portal.surveys;

/** A satisfaction score from 1 (very dissatisfied) to 5 (very satisfied), one option among several, or free text. */
public enum QuestionKind {
    SCALE,
    CHOICE,
    TEXT
}
