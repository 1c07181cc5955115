package ma.mocharaka.portal.bodies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The narrow door through which other mechanisms reach the neighbourhood committees: which committees exist, and
 * seating delegates a forum elected. The bodies module knows nothing of forums or elections, so the dependency goes
 * one way only.
 */
@Service
public class NeighbourhoodCommittees {

    private final AdvisoryBodyRepository bodies;
    private final BodyMemberRepository members;
    private final AuditTrail audit;

    NeighbourhoodCommittees(AdvisoryBodyRepository bodies, BodyMemberRepository members, AuditTrail audit) {
        this.bodies = bodies;
        this.members = members;
        this.audit = audit;
    }

    public record Committee(long id, Map<String, String> name) {

        public LocalizedText localizedName() {
            return new LocalizedText(name);
        }
    }

    @Transactional(readOnly = true)
    public List<Committee> all() {
        return bodies.findAllByOrderByIdAsc().stream()
                .filter(body -> body.kind() == BodyKind.NEIGHBOURHOOD_COMMITTEE)
                .map(body -> new Committee(body.id(), body.name().values()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Committee> find(long bodyId) {
        return bodies.findById(bodyId)
                .filter(body -> body.kind() == BodyKind.NEIGHBOURHOOD_COMMITTEE)
                .map(body -> new Committee(body.id(), body.name().values()));
    }

    /**
     * Seats elected delegates as members from {@code termStart}. Someone already sitting under the same name is not
     * seated twice, so running this again for the same election changes nothing. Returns how many were seated.
     */
    @Transactional
    public int seatElectedDelegates(long committeeId, List<String> names, LocalDate termStart, String staff) {
        if (find(committeeId).isEmpty()) {
            throw new BodyNotFoundException("neighbourhood committee advisory_body/" + committeeId);
        }
        Set<String> sitting = members.findByBodyIdOrderByTermEndDescRoleAscNameAsc(committeeId).stream()
                .filter(member -> member.termEnd() == null)
                .map(BodyMember::name)
                .collect(Collectors.toSet());
        int seated = 0;
        for (String name : names) {
            String cleaned = name.strip();
            if (sitting.add(cleaned)) {
                BodyMember member = members.save(new BodyMember(committeeId, cleaned, MemberRole.MEMBER, termStart, null));
                audit.record(staff, CurrentCommune.require().slug(), "body.member.elected",
                        "advisory_body_member/" + member.id(), null, MemberRole.MEMBER + " " + termStart + "..");
                seated++;
            }
        }
        return seated;
    }
}
