package ma.mocharaka.portal.forums;

/** The kinds of gathering a commune holds with its citizens; each is shown with its own name in every language. */
public enum ForumKind {
    CITIZEN_FORUM,
    WORKSHOP,
    MULTI_ACTOR_CONSULTATION,
    INFORMATION_MEETING
}
