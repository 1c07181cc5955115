package ma.mocharaka.portal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.files.UploadCheck;
import ma.mocharaka.platform.files.UploadCheck.FileType;

/**
 * Files attached to a module's records in the current commune's schema. A module names itself and the record
 * ({@code module}, {@code ownerId}); every read asks for both, so an id guessed from another record, module or
 * commune finds nothing. Who may read or attach is the module's decision, made before it calls here.
 */
@Service
public class CommuneFiles {

    @PersistenceContext
    private EntityManager entityManager;

    /** The message code ({@code files.error.*}, arguments: file name, megabytes) of what is wrong, or empty. */
    public Optional<String> problemWith(MultipartFile file, Set<FileType> allowed) {
        return UploadCheck.problemWith(file.getOriginalFilename(), bytesOf(file), allowed);
    }

    /** Keeps an upload that {@link #problemWith} accepted; returns its id. */
    @Transactional
    public long store(String module, long ownerId, MultipartFile file, String uploadedBy) {
        byte[] content = bytesOf(file);
        FileType type = UploadCheck.detect(file.getOriginalFilename(), content)
                .orElseThrow(() -> new IllegalArgumentException("check the file with problemWith first"));
        StoredFileRecord record = new StoredFileRecord(module, ownerId,
                UploadCheck.safeName(file.getOriginalFilename(), "file"), type.contentType(), content, uploadedBy,
                Instant.now());
        entityManager.persist(record);
        entityManager.flush();
        return record.id();
    }

    @Transactional(readOnly = true)
    public List<StoredFile> of(String module, long ownerId) {
        return entityManager.createQuery("""
                        SELECT new ma.mocharaka.portal.files.CommuneFiles$StoredFile(f.id, f.filename, f.contentType,
                               f.sizeBytes, f.uploadedAt)
                        FROM StoredFileRecord f WHERE f.module = :module AND f.ownerId = :owner ORDER BY f.id""",
                        StoredFile.class)
                .setParameter("module", module).setParameter("owner", ownerId)
                .getResultList();
    }

    /** The files of each of these records of a module, read in one query; a record without files is absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<StoredFile>> ofEach(String module, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return byOwner(entityManager.createQuery("""
                        SELECT f.ownerId, f.id, f.filename, f.contentType, f.sizeBytes, f.uploadedAt
                        FROM StoredFileRecord f WHERE f.module = :module AND f.ownerId IN :owners ORDER BY f.id""",
                        Object[].class)
                .setParameter("module", module).setParameter("owners", ownerIds)
                .getResultList());
    }

    /**
     * The files of every record of a module, read in one query, for a page that lists all the records (an IN list
     * of all their ids could outgrow what one statement may bind).
     */
    @Transactional(readOnly = true)
    public Map<Long, List<StoredFile>> ofModule(String module) {
        return byOwner(entityManager.createQuery("""
                        SELECT f.ownerId, f.id, f.filename, f.contentType, f.sizeBytes, f.uploadedAt
                        FROM StoredFileRecord f WHERE f.module = :module ORDER BY f.id""", Object[].class)
                .setParameter("module", module)
                .getResultList());
    }

    private static Map<Long, List<StoredFile>> byOwner(List<Object[]> rows) {
        return rows.stream().collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(),
                Collectors.mapping(row -> new StoredFile(((Number) row[1]).longValue(), (String) row[2],
                        (String) row[3], ((Number) row[4]).intValue(), (Instant) row[5]), Collectors.toList())));
    }

    @Transactional(readOnly = true)
    public Optional<Download> download(String module, long ownerId, long id) {
        return entityManager.createQuery("""
                        SELECT f FROM StoredFileRecord f WHERE f.id = :id AND f.module = :module AND f.ownerId = :owner""",
                        StoredFileRecord.class)
                .setParameter("id", id).setParameter("module", module).setParameter("owner", ownerId)
                .getResultStream().findFirst()
                .map(f -> new Download(f.filename(), f.contentType(), f.content()));
    }

    @Transactional
    public boolean delete(String module, long ownerId, long id) {
        return entityManager.createQuery(
                        "DELETE FROM StoredFileRecord f WHERE f.id = :id AND f.module = :module AND f.ownerId = :owner")
                .setParameter("id", id).setParameter("module", module).setParameter("owner", ownerId)
                .executeUpdate() == 1;
    }

    public record StoredFile(long id, String filename, String contentType, int sizeBytes, Instant uploadedAt) {
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
