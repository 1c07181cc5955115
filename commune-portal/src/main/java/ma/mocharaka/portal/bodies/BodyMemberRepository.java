package ma.mocharaka.portal.bodies;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BodyMemberRepository extends JpaRepository<BodyMember, Long> {

    List<BodyMember> findByBodyIdOrderByTermEndDescRoleAscNameAsc(Long bodyId);
}
