package ma.mocharaka.portal.delegates;

import java.util.List;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * An election as pages show it. Vote counts are only filled in once the election is closed, so nobody in the room
 * is swayed by a running tally.
 */
public record ElectionView(long id, long forumId, Map<String, String> neighbourhood, int seats, ElectionStatus status,
                           long ballots, boolean votedByViewer, List<Candidate> candidates, boolean tieForLastSeat,
                           Long committeeId, Map<String, String> committeeName) {

    public LocalizedText localizedCommitteeName() {
        return new LocalizedText(committeeName);
    }

    public record Candidate(long id, String name, Long votes, boolean elected) {
    }

    public LocalizedText localizedNeighbourhood() {
        return new LocalizedText(neighbourhood);
    }

    public boolean isOpen() {
        return status == ElectionStatus.OPEN;
    }

    public boolean isClosed() {
        return status == ElectionStatus.CLOSED;
    }
}
