package ma.mocharaka.portal.bodies;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdvisoryOpinionRepository extends JpaRepository<AdvisoryOpinion, Long> {

    List<AdvisoryOpinion> findByBodyIdOrderByDraftedOnDescIdDesc(Long bodyId);
}
