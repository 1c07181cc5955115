package ma.mocharaka.portal.information;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the register, newest first: its requests and where it stands among all those the filters keep.
 * Pages are numbered from 1, as people and the API read them. {@code number} is the page these requests are on: past
 * the last page, the pages show the last one, and the API an empty page that still gives the totals.
 */
public record RegisterPage(List<RequestView> requests, int number, int size, long totalRequests) {

    /** What the pages show: a commune's register grows by years, and a page of it must stay quick to read. */
    public static final int PAGE_SIZE = 50;
    /** The most an API caller may ask for in one call. */
    public static final int MAX_SIZE = 100;

    public int totalPages() {
        return pagesFor(totalRequests, size);
    }

    /** How many pages of {@code size} hold {@code requests}: at least one, an empty register's. */
    static int pagesFor(long requests, int size) {
        return (int) Math.max(1, (requests + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    /**
     * The page numbers a pager links to: the first, the last, and those next to this one; 0 marks a gap between
     * them, so a register of a hundred pages is still one short line.
     */
    public List<Integer> nearbyNumbers() {
        int last = totalPages();
        List<Integer> numbers = new ArrayList<>();
        for (int n : new java.util.TreeSet<>(List.of(1, Math.max(1, number - 1), number, Math.min(last, number + 1), last))) {
            if (!numbers.isEmpty() && n > numbers.getLast() + 1) {
                numbers.add(0);
            }
            numbers.add(n);
        }
        return numbers;
    }

    public RegisterPage withoutRequesters() {
        return new RegisterPage(requests.stream().map(RequestView::withoutRequester).toList(), number, size, totalRequests);
    }

    /**
     * A page number typed in a page's address. Anything that is not a whole number of at least 1 (empty, "-3",
     * "abc", "1e9") shows the first page, and a number too long to be a page the last one: an edited or stale
     * address still shows the register instead of an error.
     */
    public static int requested(String typed) {
        if (typed == null || !typed.matches("^[0-9]{1,40}$")) {
            return 1;
        }
        String digits = typed.replaceFirst("^0+(?=.)", "");
        return digits.length() > 9 ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(digits));
    }
}
