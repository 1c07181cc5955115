package ma.mocharaka.portal.delegates;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A forum's elections for apps: candidates, ballots cast, and per-candidate results once closed. Public. */
@RestController
class DelegateElectionApiController {

    private final DelegateElections elections;

    DelegateElectionApiController(DelegateElections elections) {
        this.elections = elections;
    }

    @GetMapping("/c/{commune}/api/forums/{forumId}/elections")
    List<ElectionView> atForum(@PathVariable long forumId) {
        return elections.atForum(forumId, null);
    }
}
