package ma.mocharaka.portal.bodies;

/** How the council answered an advisory opinion; every answer comes with its reasons. */
public enum CouncilAnswer {
    ACCEPTED,
    TAKEN_INTO_ACCOUNT,
    REJECTED
}
