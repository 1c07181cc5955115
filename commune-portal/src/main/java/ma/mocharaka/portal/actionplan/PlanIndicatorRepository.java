package ma.mocharaka.portal.actionplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanIndicatorRepository extends JpaRepository<PlanIndicator, Long> {

    List<PlanIndicator> findByActionIdInOrderById(java.util.Collection<Long> actionIds);
}
