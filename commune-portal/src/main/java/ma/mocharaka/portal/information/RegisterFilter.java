package ma.mocharaka.portal.information;

/**
 * The register's filters, as typed in the query string: a shown status (one of {@link RequestStatus}, or
 * {@code IMPLICIT_REFUSAL}, or {@code OPEN} for every request still awaiting its answer), a filing year, a channel.
 * Unknown values filter nothing rather than failing, so an edited address still shows the register.
 */
public record RegisterFilter(String status, Integer year, Channel channel) {

    public static final RegisterFilter ALL = new RegisterFilter(null, null, null);

    public static RegisterFilter of(String status, String year, String channel) {
        Integer parsedYear = null;
        if (year != null && year.matches("^[0-9]{4}$")) {
            parsedYear = Integer.valueOf(year);
        }
        Channel parsedChannel = null;
        for (Channel c : Channel.values()) {
            if (c.name().equals(channel)) {
                parsedChannel = c;
            }
        }
        String parsedStatus = status != null && (status.equals("OPEN") || status.equals("IMPLICIT_REFUSAL")
                || java.util.Arrays.stream(RequestStatus.values()).anyMatch(s -> s.name().equals(status))) ? status : null;
        return new RegisterFilter(parsedStatus, parsedYear, parsedChannel);
    }

    boolean accepts(RequestView request) {
        if (year != null && request.filedOn().getYear() != year) {
            return false;
        }
        if (channel != null && request.channel() != channel) {
            return false;
        }
        if (status == null) {
            return true;
        }
        if (status.equals("OPEN")) {
            return request.status().isOpen();
        }
        return request.shownStatus().equals(status);
    }
}
