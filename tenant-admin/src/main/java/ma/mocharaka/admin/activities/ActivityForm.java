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
                List.copyOf(communes), counted, kept, List.of());
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
    public Map<String, Integer> getResults() { return results; }
    public void setResults(Map<String, Integer> results) { this.results = results; }
}
