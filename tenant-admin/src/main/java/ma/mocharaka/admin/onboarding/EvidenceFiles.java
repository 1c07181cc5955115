package ma.mocharaka.admin.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files of onboarding steps. What a file is comes from its first bytes, never from the name or type the
 * browser claims, and only PDF, PNG, JPEG, XLSX and CSV up to 5 MB are kept.
 */
@Repository
public class EvidenceFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The message code of what is wrong with an upload, or empty when it can be kept. */
    public Optional<String> problemWith(MultipartFile file) {
        if (file.getSize() > MAX_BYTES) {
            return Optional.of("evidence.error.tooLarge");
        }
        if (file.getSize() == 0) {
            return Optional.of("evidence.error.empty");
        }
        return detectType(file).isEmpty() ? Optional.of("evidence.error.type") : Optional.empty();
    }

    Optional<String> detectType(MultipartFile file) {
        byte[] head;
        try {
            head = Arrays.copyOf(file.getBytes(), 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, 'P', 'K', 3, 4) && name.endsWith(".xlsx")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (name.endsWith(".csv") && isText(file)) {
            return Optional.of("text/csv");
        }
        return Optional.empty();
    }

    void save(OnboardingStep step, MultipartFile file, String actor) {
        try {
            jdbc.sql("""
                    INSERT INTO platform.onboarding_evidence (template_id, commune_id, filename, content_type, size_bytes,
                                                              content, uploaded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(step.templateId(), step.communeId(), safeName(file.getOriginalFilename()),
                            detectType(file).orElseThrow(), (int) file.getSize(), file.getBytes(), actor)
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Evidence> ofCommune(long communeId) {
        return jdbc.sql("""
                        SELECT id, template_id, filename, content_type, size_bytes, uploaded_by, uploaded_at
                        FROM platform.onboarding_evidence WHERE commune_id = ? ORDER BY id""")
                .param(communeId)
                .query((rs, row) -> new Evidence(rs.getLong("id"), rs.getLong("template_id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    /** Only within the request's commune and step, so an id from another commune finds nothing. */
    public Optional<Download> download(long communeId, long templateId, long id) {
        return jdbc.sql("""
                        SELECT filename, content_type, content FROM platform.onboarding_evidence
                        WHERE id = ? AND commune_id = ? AND template_id = ?""")
                .params(id, communeId, templateId)
                .query((rs, row) -> new Download(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    public record Download(String filename, String contentType, byte[] content) {
    }

    private static boolean startsWith(byte[] head, int... expected) {
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(MultipartFile file) {
        try {
            byte[] bytes = file.getBytes();
            for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
                if (bytes[i] == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeName(String original) {
        String name = original == null ? "evidence" : original.replaceAll("^.*[/\\\\]", "");
        name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return name.isEmpty() ? "evidence" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
