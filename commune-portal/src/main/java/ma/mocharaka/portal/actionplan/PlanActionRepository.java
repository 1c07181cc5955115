package ma.mocharaka.portal.actionplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanIdOrderByPosition(Long planId);
}
