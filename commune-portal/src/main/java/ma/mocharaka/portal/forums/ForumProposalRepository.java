package ma.mocharaka.portal.forums;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumProposalRepository extends JpaRepository<ForumProposal, Long> {

    List<ForumProposal> findByForumIdOrderById(Long forumId);

    Optional<ForumProposal> findByIdAndForumId(Long id, Long forumId);
}
