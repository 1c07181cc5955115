package ma.mocharaka.portal.residence;

import java.time.OffsetDateTime;

/** A verified resident as staff see them: the CIN only by its last three characters. */
public record ResidentView(long id, String fullName, String cinLast3, String username, String verifiedBy,
                           OffsetDateTime verifiedAt) {
}
