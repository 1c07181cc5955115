package ma.mocharaka.portal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** The current commune's action plans: recorded once approved, then followed action by action, indicator by indicator. */
@Service
public class ActionPlans {

    private final ActionPlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanIndicatorRepository indicators;
    private final AuditTrail audit;

    ActionPlans(ActionPlanRepository plans, PlanActionRepository actions, PlanIndicatorRepository indicators,
                AuditTrail audit) {
        this.plans = plans;
        this.actions = actions;
        this.indicators = indicators;
        this.audit = audit;
    }

    @Transactional
    public long record(ActionPlanDraft draft, String staff) {
        ActionPlan plan = plans.save(new ActionPlan(draft.title(), draft.summary(), draft.approvedOn(), staff));
        for (int position = 0; position < draft.actions().size(); position++) {
            ActionPlanDraft.Action actionDraft = draft.actions().get(position);
            PlanAction action = actions.save(new PlanAction(plan.id(), position, actionDraft));
            actionDraft.indicators().forEach(indicator -> indicators.save(new PlanIndicator(action.id(), indicator)));
        }
        audit.record(staff, commune(), "action-plan.record", "action_plan/" + plan.id(), null,
                draft.actions().size() + " actions");
        return plan.id();
    }

    /** Adds an action at the end of a plan, with its place in the plan's order. */
    @Transactional
    public long addAction(long planId, ActionPlanDraft.Action draft, String staff) {
        plans.lockById(planId).orElseThrow(() -> new ActionPlanNotFoundException("action_plan/" + planId));
        int position = actions.findByPlanIdOrderByPosition(planId).stream()
                .mapToInt(PlanAction::position).max().orElse(-1) + 1;
        PlanAction action = actions.save(new PlanAction(planId, position, draft));
        draft.indicators().forEach(indicator -> indicators.save(new PlanIndicator(action.id(), indicator)));
        audit.record(staff, commune(), "action-plan.action.add", "plan_action/" + action.id(), null,
                "action_plan/" + planId + " " + draft.title().in("fr"));
        return action.id();
    }

    @Transactional
    public long addIndicator(long actionId, ActionPlanDraft.Indicator draft, String staff) {
        if (!actions.existsById(actionId)) {
            throw new ActionPlanNotFoundException("plan_action/" + actionId);
        }
        PlanIndicator indicator = indicators.save(new PlanIndicator(actionId, draft));
        audit.record(staff, commune(), "action-plan.indicator.add", "plan_indicator/" + indicator.id(), null,
                "plan_action/" + actionId + " target=" + draft.target() + " " + draft.unit());
        return indicator.id();
    }

    @Transactional(readOnly = true)
    public List<ActionPlanView> all() {
        return plans.findAllByOrderByIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return plans.count();
    }

    @Transactional
    public void reportProgress(long actionId, ActionStatus status, int progress, String staff) {
        PlanAction action = actions.findById(actionId).orElseThrow(() -> new ActionPlanNotFoundException("plan_action/" + actionId));
        String before = action.status() + " " + action.progress() + "%";
        action.report(status, progress);
        audit.record(staff, commune(), "action-plan.progress", "plan_action/" + actionId, before,
                action.status() + " " + action.progress() + "%");
    }

    @Transactional
    public void measure(long indicatorId, BigDecimal value, LocalDate on, String staff) {
        PlanIndicator indicator = indicators.findById(indicatorId)
                .orElseThrow(() -> new ActionPlanNotFoundException("plan_indicator/" + indicatorId));
        String before = indicator.currentValue() == null ? null : indicator.currentValue() + " @ " + indicator.measuredOn();
        indicator.measure(value, on);
        audit.record(staff, commune(), "action-plan.measure", "plan_indicator/" + indicatorId, before, value + " @ " + on);
    }

    private ActionPlanView view(ActionPlan plan) {
        List<PlanAction> planActions = actions.findByPlanIdOrderByPosition(plan.id());
        List<PlanIndicator> planIndicators = planActions.isEmpty() ? List.of()
                : indicators.findByActionIdInOrderById(planActions.stream().map(PlanAction::id).toList());
        List<ActionPlanView.Action> shown = planActions.stream().map(a -> new ActionPlanView.Action(a.id(),
                a.title().values(), a.owner().values(), a.startsOn(), a.endsOn(), a.budgetMad(), a.status(),
                a.progress(), planIndicators.stream().filter(i -> i.actionId().equals(a.id()))
                        .map(i -> new ActionPlanView.Indicator(i.id(), i.label().values(), i.unit(), i.baseline(),
                                i.target(), i.currentValue(), i.measuredOn()))
                        .toList()))
                .toList();
        int average = (int) Math.round(planActions.stream().mapToInt(PlanAction::progress).average().orElse(0));
        return new ActionPlanView(plan.id(), plan.title().values(), plan.summary().values(), plan.approvedOn(),
                average, shown);
    }

    private static String commune() {
        return CurrentCommune.require().slug();
    }
}
