package ma.mocharaka.portal.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;

/**
 * A citizen's part of the participatory budget under law 09-08: their proposals and their ballots. Erasure keeps
 * ballots counted (still one per CIN hash, so the person cannot vote twice) and proposals readable (they were
 * reviewed and maybe voted on), but neither leads back to the account any more.
 */
@Component
class BudgetPersonalData implements PersonalData {

    private final BudgetProjectRepository projects;
    private final BudgetBallots ballots;

    @PersistenceContext
    private EntityManager entityManager;

    BudgetPersonalData(BudgetProjectRepository projects, BudgetBallots ballots) {
        this.projects = projects;
        this.ballots = ballots;
    }

    @Override
    public String section() {
        return "budget";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String account) {
        List<Map<String, Object>> proposals = projects.findByAuthorOrderByIdAsc(account).stream().map(p -> {
            Map<String, Object> proposal = new LinkedHashMap<>();
            proposal.put("cycle", p.cycleId());
            proposal.put("project", p.id());
            proposal.put("title", p.title());
            proposal.put("description", p.description());
            proposal.put("neighbourhood", p.neighbourhood());
            proposal.put("submittedAt", p.submittedAt());
            proposal.put("status", p.status().name());
            proposal.put("reviewReason", p.reviewReason());
            return proposal;
        }).toList();
        List<Map<String, Object>> cast = ballots.ofAccount(account).stream().map(row -> {
            Map<String, Object> ballot = new LinkedHashMap<>();
            ballot.put("cycle", ((Number) row[0]).longValue());
            ballot.put("cycleTitle", row[1]);
            ballot.put("projects", row[2]);
            ballot.put("totalMad", ((Number) row[3]).longValue());
            ballot.put("channel", row[4]);
            ballot.put("cinLast3", row[5]);
            ballot.put("castAt", BudgetBallots.offset(row[6]));
            ballot.put("changedAt", BudgetBallots.offset(row[7]));
            return ballot;
        }).toList();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("proposals", proposals);
        export.put("ballots", cast);
        return export;
    }

    @Override
    @Transactional
    public void erase(String account) {
        ballots.unlinkAccount(account);
        entityManager.createQuery("UPDATE BudgetProject p SET p.author = NULL WHERE p.author = :a")
                .setParameter("a", account).executeUpdate();
        entityManager.createNativeQuery(
                        "UPDATE budget_project SET entered_by = 'erased-account' WHERE entered_by = :a AND source = 'ONLINE'")
                .setParameter("a", account).executeUpdate();
    }
}
