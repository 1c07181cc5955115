package ma.mocharaka.portal.information;

/**
 * What a requester gives: the least law 31-13 needs (art. 14: name, an address to answer to, what is asked), plus
 * an identity number only when the counter records one. Kept as typed so a refused form comes back filled in.
 */
public record RequestForm(String submissionKey, String name, String email, String phone, String address, String cin,
                          String subject, String details, Boolean urgent, String urgentReason) {

    /** An unticked box sends nothing: that is "not urgent". */
    public RequestForm {
        urgent = Boolean.TRUE.equals(urgent);
    }

    public static RequestForm empty(String name, String email) {
        return new RequestForm(java.util.UUID.randomUUID().toString(), name, email, null, null, null, null, null,
                false, null);
    }

    /** The same form with a fresh submission key, for a second request after the first was filed. */
    RequestForm withKey(String key) {
        return new RequestForm(key, name, email, phone, address, cin, subject, details, urgent, urgentReason);
    }
}
