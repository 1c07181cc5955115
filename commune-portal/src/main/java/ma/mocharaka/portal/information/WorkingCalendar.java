package ma.mocharaka.portal.information;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** The current commune's holidays, which its administrator keeps, and the clock they make. */
@Service
public class WorkingCalendar {

    private static final java.util.Set<String> KINDS = java.util.Set.of("NATIONAL", "RELIGIOUS", "LOCAL");

    private final HolidayRepository holidays;
    private final AuditTrail audit;

    WorkingCalendar(HolidayRepository holidays, AuditTrail audit) {
        this.holidays = holidays;
        this.audit = audit;
    }

    /** A commune keeps a few dozen rows: the whole calendar is read at once. */
    @Transactional(readOnly = true)
    public InformationClock clock() {
        return new InformationClock(holidays.findAll().stream().map(Holiday::day).collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    public List<HolidayView> all() {
        return holidays.findAllByOrderByDayAsc().stream()
                .map(h -> new HolidayView(h.id(), h.day(), h.name(), h.kind())).toList();
    }

    @Transactional
    public HolidayView add(LocalDate day, LocalizedText name, String kind, String actor) {
        if (day == null) {
            throw new InformationRefused("information.error.holidayDate");
        }
        if (name == null || name.isEmpty()) {
            throw new InformationRefused("information.error.holidayName");
        }
        if (!KINDS.contains(kind)) {
            throw new InformationRefused("information.error.holidayKind");
        }
        if (holidays.existsByDay(day)) {
            throw new InformationRefused("information.error.holidayExists");
        }
        Holiday saved = holidays.saveAndFlush(new Holiday(day, name, kind, actor));
        audit.record(actor, slug(), "information.holiday.add", "info_holiday/" + saved.id(), null,
                day + " " + kind + " " + name.in("fr"));
        return new HolidayView(saved.id(), saved.day(), saved.name(), saved.kind());
    }

    @Transactional
    public void remove(long id, String actor) {
        Holiday holiday = holidays.findById(id).orElseThrow(InformationNotFound::new);
        holidays.delete(holiday);
        audit.record(actor, slug(), "information.holiday.remove", "info_holiday/" + id,
                holiday.day() + " " + holiday.kind() + " " + holiday.name().in("fr"), null);
    }

    private static String slug() {
        return CurrentCommune.require().slug();
    }

    public record HolidayView(long id, LocalDate day, LocalizedText name, String kind) {
    }
}
