package ma.mocharaka.admin.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * Recording, editing and removing sessions, with the same rules for the console and the API: the office records
 * any session; a focal point only sessions of their own commune alone, never one shared with other communes.
 * Every change goes to the audit trail with the session's state before and after.
 */
@Service
public class SessionRecording {

    private final Activities activities;
    private final CommuneRegistry communes;
    private final ProgramChoices programs;
    private final AuditTrail audit;

    SessionRecording(Activities activities, CommuneRegistry communes, ProgramChoices programs, AuditTrail audit) {
        this.activities = activities;
        this.communes = communes;
        this.programs = programs;
        this.audit = audit;
    }

    /** A session a focal point may touch: one of their commune and of no other. */
    public static boolean isOnlyOf(Activity activity, Commune commune) {
        return activity.communes().equals(List.of(commune.slug()));
    }

    /**
     * What is wrong with a session, by field (as the form names it) and message code. A session recorded for one
     * commune ({@code onlyFor}) gets that commune and no other, whatever the form says.
     */
    public List<Problem> check(ActivityForm form, Commune onlyFor) {
        List<Problem> problems = new ArrayList<>();
        if (onlyFor != null) {
            form.setCommunes(new ArrayList<>(List.of(onlyFor.slug())));
        }
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            problems.add(new Problem("endsOn", "activity.error.dateRange", null));
        }
        for (int i = 0; i < form.getParticipants().size(); i++) {
            ActivityForm.Row row = form.getParticipants().get(i);
            int total = row.getTotal() == null ? 0 : row.getTotal();
            if (row.getWomen() != null && row.getWomen() > total) {
                problems.add(new Problem("participants[" + i + "].women", "activity.error.partExceedsTotal", null));
            }
            if (row.getYouth() != null && row.getYouth() > total) {
                problems.add(new Problem("participants[" + i + "].youth", "activity.error.partExceedsTotal", null));
            }
            if (row.getDisability() != null && row.getDisability() > total) {
                problems.add(new Problem("participants[" + i + "].disability", "activity.error.partExceedsTotal",
                        null));
            }
        }
        for (String slug : form.getCommunes()) {
            if (communes.resolve(slug).isEmpty()) {
                problems.add(new Problem("communes", "activity.error.unknownCommune", slug));
            }
        }
        if (form.getProgram() != null && !form.getProgram().isBlank() && !programs.exists(form.getProgram())) {
            problems.add(new Problem("program", "activity.error.unknownProgram", null));
        }
        for (int i = 0; i < form.getAgenda().size(); i++) {
            ActivityForm.AgendaRow row = form.getAgenda().get(i);
            if (!row.isKept()) {
                continue;
            }
            if (row.getStartsAt() == null) {
                problems.add(new Problem("agenda[" + i + "].startsAt", "session.error.agendaNeedsTime", null));
            }
            if (row.getTitle() == null || row.getTitle().isBlank()) {
                problems.add(new Problem("agenda[" + i + "].title", "session.error.agendaNeedsTitle", null));
            }
            if (row.getStartsAt() != null && row.getEndsAt() != null && row.getEndsAt().isBefore(row.getStartsAt())) {
                problems.add(new Problem("agenda[" + i + "].endsAt", "session.error.agendaEndsBeforeStart", null));
            }
        }
        return problems;
    }

    @Transactional
    public Activity create(ActivityForm form, Commune onlyFor, String actor) {
        requireValid(form, onlyFor);
        Activity activity = form.toActivity();
        long id = activities.create(activity, communeIds(form));
        Activity created = activities.find(id).orElseThrow();
        audit.record(actor, communeOf(created), "activity.create", "activity/" + id, null, auditState(created));
        return created;
    }

    @Transactional
    public Activity update(Activity before, ActivityForm form, Commune onlyFor, String actor) {
        requireValid(form, onlyFor);
        activities.update(before.id(), form.toActivity(), communeIds(form));
        Activity after = activities.find(before.id()).orElseThrow();
        audit.record(actor, communeOf(after), "activity.update", "activity/" + before.id(), auditState(before),
                auditState(after));
        return after;
    }

    @Transactional
    public void delete(Activity activity, String actor) {
        activities.delete(activity.id());
        audit.record(actor, communeOf(activity), "activity.delete", "activity/" + activity.id(),
                auditState(activity), null);
    }

    private void requireValid(ActivityForm form, Commune onlyFor) {
        List<Problem> problems = check(form, onlyFor);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Session not valid: " + problems);
        }
    }

    private List<Long> communeIds(ActivityForm form) {
        return form.getCommunes().stream().map(slug -> communes.resolve(slug).orElseThrow().id()).distinct().toList();
    }

    /** A single-commune session is audited under its commune, so the commune's own trail shows it. */
    private static String communeOf(Activity activity) {
        return activity.communes().size() == 1 ? activity.communes().getFirst() : null;
    }

    static String auditState(Activity a) {
        return a.kind() + " " + a.startsOn() + "–" + a.endsOn() + " program=" + a.programCode()
                + " title_ar=" + a.titleAr() + " title_fr=" + a.titleFr() + " place=" + a.place()
                + " link=" + a.onlineLink() + " organiser=" + a.organiser() + " communes=" + a.communes()
                + " participants=" + a.participants() + " agenda=" + a.agenda() + " results=" + a.results()
                + " outputs=" + a.outputs();
    }

    /** {@code argument} fills the message's placeholder (the unknown commune's slug), or is null. */
    public record Problem(String field, String code, String argument) {
    }

    Optional<Activity> find(long id) {
        return activities.find(id);
    }
}
