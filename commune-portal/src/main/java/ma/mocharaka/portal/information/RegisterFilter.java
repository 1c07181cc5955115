package ma.mocharaka.portal.information;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register's filters, as typed in the query string: a shown status (one of {@link RequestStatus}, or
 * {@code IMPLICIT_REFUSAL}, or {@code OPEN} for every request still awaiting its answer), a filing year, a channel.
 * Unknown values filter nothing rather than failing, so an edited address still shows the register. The filters
 * are applied in SQL ({@link InfoRequestRegister}).
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

    /**
     * The address of a page of the register at {@code path} with these filters, as understood: a value that was
     * not understood (or a 100 kB one) is not carried from page to page.
     */
    public String pageHref(String path, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (year != null) {
            uri.queryParam("year", String.format(java.util.Locale.ROOT, "%04d", year));
        }
        if (channel != null) {
            uri.queryParam("channel", channel.name());
        }
        return uri.queryParam("page", page).build().encode().toUriString();
    }
}
