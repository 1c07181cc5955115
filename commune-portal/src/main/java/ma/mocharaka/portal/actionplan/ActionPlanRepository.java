package ma.mocharaka.portal.actionplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findAllByOrderByIdDesc();
}
