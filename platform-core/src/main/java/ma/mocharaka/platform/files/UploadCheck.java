package ma.mocharaka.platform.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded file really is, from its first bytes, never from the name or type the browser claims; and a
 * file name safe to store and to send back in a header. Both apps use it for every upload they keep.
 */
public final class UploadCheck {

    /** Largest file either app keeps. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);

    public enum FileType {
        PDF("application/pdf"),
        PNG("image/png"),
        JPEG("image/jpeg"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv");

        private final String contentType;

        FileType(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    public static final Set<FileType> DOCUMENTS = Set.of(FileType.values());
    public static final Set<FileType> IMAGES = Set.of(FileType.PNG, FileType.JPEG);

    private UploadCheck() {
    }

    /**
     * The message code of what is wrong with an upload ({@code files.error.*}, in the platform's messages, whose
     * arguments are the file's name and the limit in megabytes), or empty when it is one of the allowed types and
     * within the size limit.
     */
    public static Optional<String> problemWith(String filename, byte[] content, Set<FileType> allowed) {
        if (content.length == 0) {
            return Optional.of("files.error.empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("files.error.tooLarge");
        }
        return detect(filename, content).filter(allowed::contains).isEmpty()
                ? Optional.of("files.error.type") : Optional.empty();
    }

    public static Optional<FileType> detect(String filename, byte[] content) {
        byte[] head = Arrays.copyOf(content, 8);
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, 'P', 'K', 3, 4) && name.endsWith(".xlsx")) {
            return Optional.of(FileType.XLSX);
        }
        if (name.endsWith(".csv") && isText(content)) {
            return Optional.of(FileType.CSV);
        }
        return Optional.empty();
    }

    /** The last path segment of a browser-supplied name, without control characters or quotes, at most 200 chars. */
    public static String safeName(String original, String fallback) {
        String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "");
        name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            return fallback;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] head, int... expected) {
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
