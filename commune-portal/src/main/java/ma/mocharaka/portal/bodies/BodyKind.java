package ma.mocharaka.portal.bodies;

/** The advisory bodies a commune runs; the equality body (IEECAG) is the one every commune must have. */
public enum BodyKind {
    EQUALITY_BODY,
    YOUTH_COUNCIL,
    CHILD_COUNCIL,
    NEIGHBOURHOOD_COMMITTEE
}
