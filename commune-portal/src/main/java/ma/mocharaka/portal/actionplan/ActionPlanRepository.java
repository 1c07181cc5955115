package ma.mocharaka.portal.actionplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findAllByOrderByIdDesc();

    /** Actions added to one plan at once queue here, so each gets the next position exactly once. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from ActionPlan p where p.id = :id")
    java.util.Optional<ActionPlan> lockById(long id);
}
