package ma.mocharaka.portal.forums;

/** What became of a staff change to a forum's announcement or results; refusals are explained in the staff's language. */
public enum RevisionOutcome {
    DONE,
    /** Results are entered once the forum has started: before that there is nothing to report. */
    NOT_HELD_YET,
    /** A cancelled forum produced nothing, and its announcement stays as it was cancelled, with its reason. */
    CANCELLED,
    /** The announcement is corrected or cancelled only before the forum starts: afterwards it is the record. */
    ALREADY_STARTED,
    /** Places already taken stay taken, so the capacity cannot go below the registrations. */
    CAPACITY_BELOW_REGISTRATIONS
}
