package ma.mocharaka.portal.forums;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumAttendanceRepository extends JpaRepository<ForumAttendance, Long> {

    List<ForumAttendance> findByForumId(Long forumId);

    boolean existsByRegistrationId(Long registrationId);
}
