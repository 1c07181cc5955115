package ma.mocharaka.portal.forums;

/**
 * Counts the later analytics roll up across communes. Read from the forum_participation_fact view, which aggregates
 * in the database so that no row about a person ever leaves it.
 */
public record ParticipationFacts(long forumId, ForumKind kind, java.time.LocalDate heldOn, long registrations,
                                 long attendees, long women, long youth, long withDisability,
                                 long inclusionNotGiven) {
}
