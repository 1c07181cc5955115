package ma.mocharaka.portal.forums;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumRegistrationRepository extends JpaRepository<ForumRegistration, Long> {

    long countByForumId(Long forumId);

    Optional<ForumRegistration> findByForumIdAndParticipant(Long forumId, String participant);

    Optional<ForumRegistration> findByIdAndForumId(Long id, Long forumId);

    List<ForumRegistration> findByForumIdOrderById(Long forumId);
}
