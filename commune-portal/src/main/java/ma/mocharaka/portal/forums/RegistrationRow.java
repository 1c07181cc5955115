package ma.mocharaka.portal.forums;

/** A registration as the door list shows it to staff: its number, the account, and whether they came. */
public record RegistrationRow(long number, String participant, boolean checkedIn) {
}
