package ma.mocharaka.admin.onboarding;

import java.time.OffsetDateTime;

/** A file that proves a step: its description; the bytes are read only when someone downloads it. */
public record Evidence(long id, long templateId, String filename, String contentType, int sizeBytes,
                       String uploadedBy, OffsetDateTime uploadedAt) {
}
