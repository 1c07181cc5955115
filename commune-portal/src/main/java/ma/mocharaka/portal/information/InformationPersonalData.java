package ma.mocharaka.portal.information;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ma.mocharaka.portal.privacy.PersonalData;

/**
 * A citizen's requests under law 09-08: the export lists what the commune keeps about each request they filed
 * online; erasure removes their name, contacts, account and identity number, and the request stays in the register
 * (the commune's obligations under law 31-13 are accounted for by request, not by person).
 */
@Component
class InformationPersonalData implements PersonalData {

    private final InformationRequests requests;

    InformationPersonalData(InformationRequests requests) {
        this.requests = requests;
    }

    @Override
    public String section() {
        return "information";
    }

    @Override
    public Object export(String account) {
        List<Map<String, Object>> rows = requests.mine(account).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("trackingCode", r.trackingCode());
            row.put("name", r.requester().name());
            row.put("email", r.requester().email());
            row.put("phone", r.requester().phone());
            row.put("address", r.requester().address());
            row.put("cinLastThree", r.requester().cinLast3());
            row.put("subject", r.subject());
            row.put("details", r.details());
            row.put("urgent", r.urgent());
            row.put("urgentReason", r.urgentReason());
            row.put("filedOn", r.filedOn());
            row.put("dueOn", r.dueOn());
            row.put("status", r.shownStatus());
            row.put("decidedOn", r.decidedOn());
            row.put("answer", r.answerText());
            row.put("refusalGround", r.refusalGround() == null ? null : r.refusalGround().name());
            return row;
        }).toList();
        return Map.of("requests", rows);
    }

    @Override
    public void erase(String account) {
        requests.anonymiseRequestsOf(account);
    }
}
