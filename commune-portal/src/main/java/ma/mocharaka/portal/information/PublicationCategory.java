package ma.mocharaka.portal.information;

/** Kinds of documents a commune publishes of its own accord (law 31-13, art. 10). */
public enum PublicationCategory {
    PARTICIPATION, BUDGET, COUNCIL_SESSIONS, PLANS_AND_PROGRAMS, PUBLIC_PROCUREMENT, RECRUITMENT, SERVICES, REPORTS, OTHER
}
