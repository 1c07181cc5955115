package ma.mocharaka.portal.budget;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetCycleRepository extends JpaRepository<BudgetCycle, Long> {

    List<BudgetCycle> findAllByOrderByVoteFromDescIdDesc();

    boolean existsByCreatedBy(String createdBy);
}

interface BudgetProjectRepository extends JpaRepository<BudgetProject, Long> {

    List<BudgetProject> findByCycleIdOrderByIdAsc(long cycleId);

    List<BudgetProject> findByCycleIdAndStatusOrderByIdAsc(long cycleId, ProjectStatus status);

    List<BudgetProject> findByAuthorOrderByIdAsc(String author);
}

interface BudgetMilestoneRepository extends JpaRepository<BudgetMilestone, Long> {

    List<BudgetMilestone> findByProjectIdOrderByDueOnAscIdAsc(long projectId);
}
