package ma.mocharaka.portal.information;

import java.time.LocalDate;
import java.util.List;

import ma.mocharaka.portal.files.CommuneFiles;

/**
 * A request as staff see it. {@link #withoutRequester()} is what the tracking page, the public register and anyone
 * holding the tracking number get: no name, contact, account or identity number.
 */
public record RequestView(
        long id, String trackingCode, Channel channel, String subject, String details,
        boolean urgent, String urgentReason, LocalDate filedOn, LocalDate firstDueOn, LocalDate dueOn,
        LocalDate extendedOn, String extensionReason, RequestStatus status, LocalDate decidedOn, String answerText,
        RefusalGround refusalGround, boolean implicitRefusal, LocalDate headComplaintUntil,
        List<CommuneFiles.StoredFile> documents, List<Step> history, Requester requester) {

    public record Step(RequestStatus status, LocalDate on, String note) {
    }

    /** Who asked; null in every public view. {@code anonymised} after the requester had their data erased. */
    public record Requester(String account, String name, String email, String phone, String address, String cinLast3,
                            boolean anonymised) {
    }

    public RequestView withoutRequester() {
        return new RequestView(id, trackingCode, channel, subject, null, urgent, null, filedOn, firstDueOn, dueOn,
                extendedOn, extensionReason, status, decidedOn, answerText, refusalGround, implicitRefusal,
                headComplaintUntil, documents, history.stream().map(step -> new Step(step.status(), step.on(), null)).toList(),
                null);
    }

    /** The status a reader sees: what staff recorded, or the implicit refusal the dates show. */
    public String shownStatus() {
        return implicitRefusal ? "IMPLICIT_REFUSAL" : status.name();
    }

    public boolean decided() {
        return decidedOn != null;
    }

    /** Answered after the (possibly extended) deadline. */
    public boolean late() {
        return decidedOn != null && decidedOn.isAfter(dueOn);
    }

    /** A refusal, express or implicit, or a partial answer: the requester may complain (art. 19-20). */
    public boolean complaintPossible() {
        return implicitRefusal || status == RequestStatus.REFUSED || status == RequestStatus.PARTLY_ANSWERED
                || late();
    }
}
