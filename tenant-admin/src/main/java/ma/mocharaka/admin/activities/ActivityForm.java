package ma.mocharaka.admin.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What the office types to record a session; mutable because the form posts it back as typed. */
public class ActivityForm {

    private String program;
    @NotNull
    private Activity.Kind kind = Activity.Kind.TRAINING;
    @NotBlank @Size(max = 400)
    private String titleAr;
    @NotBlank @Size(max = 400)
    private String titleFr;
    @NotNull
    private LocalDate startsOn;
    @NotNull
    private LocalDate endsOn;
    @Size(max = 300)
    private String place;
    @Size(max = 500) @Pattern(regexp = "^$|^https://\\S+$")
    private String onlineLink;
    @Size(max = 300)
    private String organiser;
    @Size(max = 4000)
    private String outputs;
    private List<String> communes = new ArrayList<>();
    private List<Row> participants = new ArrayList<>();
    private Map<String, @PositiveOrZero Integer> results = new LinkedHashMap<>();
    @jakarta.validation.Valid
    private List<AgendaRow> agenda = new ArrayList<>();

    /** The form of a recorded session, to edit it. */
    public static ActivityForm of(Activity activity) {
        ActivityForm form = new ActivityForm();
        form.setProgram(activity.programCode());
        form.setKind(activity.kind());
        form.setTitleAr(activity.titleAr());
        form.setTitleFr(activity.titleFr());
        form.setStartsOn(activity.startsOn());
        form.setEndsOn(activity.endsOn());
        form.setPlace(activity.place());
        form.setOnlineLink(activity.onlineLink());
        form.setOrganiser(activity.organiser());
        form.setOutputs(activity.outputs());
        form.setCommunes(new ArrayList<>(activity.communes()));
        for (Activity.Participants p : activity.participants()) {
            form.getParticipants().stream().filter(row -> row.getCategory() == p.category()).findFirst()
                    .ifPresent(row -> {
                        row.setTotal(p.total());
                        row.setWomen(p.women());
                        row.setYouth(p.youth());
                        row.setDisability(p.disability());
                    });
        }
        form.setResults(new LinkedHashMap<>(activity.results()));
        for (Activity.AgendaItem item : activity.agenda()) {
            AgendaRow row = new AgendaRow();
            row.setStartsAt(item.startsAt());
            row.setEndsAt(item.endsAt());
            row.setTitle(item.title());
            form.getAgenda().add(row);
        }
        return form;
    }

    /** Empty rows at the end of the agenda are where new items are typed, so the form needs no script. */
    public void padAgenda(int blankRows) {
        long blank = agenda.stream().filter(AgendaRow::isBlank).count();
        for (long i = blank; i < blankRows; i++) {
            agenda.add(new AgendaRow());
        }
    }

    /** One timed item of the agenda; ticking "remove" takes it out when the form is saved. */
    public static class AgendaRow {
        @org.springframework.format.annotation.DateTimeFormat(pattern = "HH:mm")
        private java.time.LocalTime startsAt;
        @org.springframework.format.annotation.DateTimeFormat(pattern = "HH:mm")
        private java.time.LocalTime endsAt;
        @Size(max = 500)
        private String title;
        private boolean remove;

        boolean isBlank() {
            return startsAt == null && endsAt == null && (title == null || title.isBlank());
        }

        boolean isKept() {
            return !remove && !isBlank();
        }

        public java.time.LocalTime getStartsAt() { return startsAt; }
        public void setStartsAt(java.time.LocalTime startsAt) { this.startsAt = startsAt; }
        public java.time.LocalTime getEndsAt() { return endsAt; }
        public void setEndsAt(java.time.LocalTime endsAt) { this.endsAt = endsAt; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    public ActivityForm() {
        for (Activity.Category category : Activity.Category.values()) {
            Row row = new Row();
            row.setCategory(category);
            participants.add(row);
        }
    }

    /** One line of the participants table; an empty total means nobody of that category came. */
    public static class Row {
        private Activity.Category category;
        @PositiveOrZero private Integer total;
        @PositiveOrZero private Integer women;
        @PositiveOrZero private Integer youth;
        @PositiveOrZero private Integer disability;

        public Activity.Category getCategory() { return category; }
        public void setCategory(Activity.Category category) { this.category = category; }
        public Integer getTotal() { return total; }
        public void setTotal(Integer total) { this.total = total; }
        public Integer getWomen() { return women; }
        public void setWomen(Integer women) { this.women = women; }
        public Integer getYouth() { return youth; }
        public void setYouth(Integer youth) { this.youth = youth; }
        public Integer getDisability() { return disability; }
        public void setDisability(Integer disability) { this.disability = disability; }
    }

    public Activity toActivity() {
        List<Activity.Participants> counted = participants.stream()
                .filter(row -> row.getTotal() != null && row.getTotal() > 0)
                .map(row -> new Activity.Participants(row.getCategory(), row.getTotal(), row.getWomen(), row.getYouth(),
                        row.getDisability()))
                .toList();
        Map<String, Integer> kept = new LinkedHashMap<>();
        results.forEach((code, quantity) -> {
            if (quantity != null && quantity > 0 && Activity.RESULT_CODES.contains(code)) {
                kept.put(code, quantity);
            }
        });
        return new Activity(0, blankToNull(program), kind, titleAr.strip(), titleFr.strip(), startsOn, endsOn,
                blankToNull(place), blankToNull(onlineLink), blankToNull(organiser), blankToNull(outputs),
                List.copyOf(communes), counted, kept, agenda.stream().filter(AgendaRow::isKept)
                        .sorted(java.util.Comparator.comparing(AgendaRow::getStartsAt,
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                        .map(row -> new Activity.AgendaItem(row.getStartsAt(), row.getEndsAt(), row.getTitle().strip()))
                        .toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getProgram() { return program; }
    public void setProgram(String program) { this.program = program; }
    public Activity.Kind getKind() { return kind; }
    public void setKind(Activity.Kind kind) { this.kind = kind; }
    public String getTitleAr() { return titleAr; }
    public void setTitleAr(String titleAr) { this.titleAr = titleAr; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String organiser) { this.organiser = organiser; }
    public String getOutputs() { return outputs; }
    public void setOutputs(String outputs) { this.outputs = outputs; }
    public List<String> getCommunes() { return communes; }
    public void setCommunes(List<String> communes) { this.communes = communes == null ? new ArrayList<>() : communes; }
    public List<Row> getParticipants() { return participants; }
    public void setParticipants(List<Row> participants) { this.participants = participants; }
    public List<AgendaRow> getAgenda() { return agenda; }
    public void setAgenda(List<AgendaRow> agenda) { this.agenda = agenda == null ? new ArrayList<>() : agenda; }
    public Map<String, Integer> getResults() { return results; }
    public void setResults(Map<String, Integer> results) { this.results = results; }
}
