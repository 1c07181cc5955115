package ma.mocharaka.portal.bodies;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BodyMeetingRepository extends JpaRepository<BodyMeeting, Long> {

    List<BodyMeeting> findByBodyIdOrderByHeldOnDesc(Long bodyId);
}
