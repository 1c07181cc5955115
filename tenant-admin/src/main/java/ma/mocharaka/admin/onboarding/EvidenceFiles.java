package ma.mocharaka.admin.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.files.UploadCheck;

/**
 * Evidence files of onboarding steps: PDF, PNG, JPEG, XLSX and CSV up to 5 MB, checked by {@link UploadCheck}.
 */
@Repository
public class EvidenceFiles {

    public static final int MAX_BYTES = UploadCheck.MAX_BYTES;

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The message code of what is wrong with an upload, or empty when it can be kept. */
    public Optional<String> problemWith(MultipartFile file) {
        return UploadCheck.problemWith(file.getOriginalFilename(), bytesOf(file), UploadCheck.DOCUMENTS);
    }

    void save(OnboardingStep step, MultipartFile file, String actor) {
        try {
            jdbc.sql("""
                    INSERT INTO platform.onboarding_evidence (template_id, commune_id, filename, content_type, size_bytes,
                                                              content, uploaded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(step.templateId(), step.communeId(), UploadCheck.safeName(file.getOriginalFilename(), "evidence"),
                            UploadCheck.detect(file.getOriginalFilename(), file.getBytes()).orElseThrow().contentType(),
                            (int) file.getSize(), file.getBytes(), actor)
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

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
