package ma.mocharaka.portal.information;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.files.UploadCheck;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.files.CommuneFiles;

/** The commune's proactive publication (law 31-13, art. 10): each entry is a stored document or a link. */
@Service
public class Publications {

    static final String PUBLICATION_FILES = "information-publication";

    private final PublicationRepository publications;
    private final CommuneFiles files;
    private final AuditTrail audit;

    Publications(PublicationRepository publications, CommuneFiles files, AuditTrail audit) {
        this.publications = publications;
        this.files = files;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PublicationView> all() {
        return publications.findAllByOrderByPublishedOnDescIdDesc().stream().map(this::view).toList();
    }

    @Transactional
    public PublicationView add(LocalizedText title, PublicationCategory category, LocalDate publishedOn,
                               String externalUrl, MultipartFile file, String actor) {
        if (title == null || title.isEmpty()) {
            throw new InformationRefused("information.error.publicationTitle");
        }
        if (title.values().values().stream().anyMatch(t -> t.length() > 300)) {
            throw new InformationRefused("information.error.tooLong", 300);
        }
        if (category == null) {
            throw new InformationRefused("information.error.category");
        }
        if (publishedOn == null) {
            throw new InformationRefused("information.error.date");
        }
        String url = externalUrl == null || externalUrl.isBlank() ? null : externalUrl.strip();
        if (url != null && !isWebAddress(url)) {
            throw new InformationRefused("information.error.url");
        }
        boolean hasFile = file != null && !file.isEmpty();
        if (hasFile) {
            Optional<String> problem = files.problemWith(file, UploadCheck.DOCUMENTS);
            if (problem.isPresent()) {
                throw new InformationRefused(problem.get(), UploadCheck.safeName(file.getOriginalFilename(), "file"),
                        UploadCheck.MAX_MEGABYTES);
            }
        }
        if (!hasFile && url == null) {
            throw new InformationRefused("information.error.fileOrLink");
        }
        Publication saved = publications.saveAndFlush(new Publication(title, category, publishedOn, url, actor));
        if (hasFile) {
            files.store(PUBLICATION_FILES, saved.id(), file, actor);
        }
        audit.record(actor, slug(), "information.publication.add", "info_publication/" + saved.id(), null,
                category + " " + publishedOn + " " + title.in("fr"));
        return view(saved);
    }

    @Transactional
    public void remove(long id, String actor) {
        Publication publication = publications.findById(id).orElseThrow(InformationNotFound::new);
        files.of(PUBLICATION_FILES, id).forEach(f -> files.delete(PUBLICATION_FILES, id, f.id()));
        publications.delete(publication);
        audit.record(actor, slug(), "information.publication.remove", "info_publication/" + id,
                publication.category() + " " + publication.publishedOn() + " " + publication.title().in("fr"), null);
    }

    @Transactional(readOnly = true)
    public Optional<CommuneFiles.Download> file(long publicationId, long fileId) {
        return files.download(PUBLICATION_FILES, publicationId, fileId);
    }

    @Transactional(readOnly = true)
    public boolean anyCreatedBy(String actor) {
        return publications.existsByCreatedBy(actor);
    }

    /**
     * Only http(s) links with a host, or a path on this site (a page of the portal): never javascript: or data:
     * addresses in a public page, nor protocol-relative ones.
     */
    static boolean isWebAddress(String url) {
        if (url.matches("^/[A-Za-z0-9][A-Za-z0-9/._~-]*$")) {
            return url.length() <= 500;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))
                    && uri.getHost() != null && url.length() <= 500;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private PublicationView view(Publication p) {
        return new PublicationView(p.id(), p.title(), p.category(), p.publishedOn(), p.externalUrl(),
                files.of(PUBLICATION_FILES, p.id()));
    }

    private static String slug() {
        return CurrentCommune.require().slug();
    }

    public record PublicationView(long id, LocalizedText title, PublicationCategory category, LocalDate publishedOn,
                                  String externalUrl, List<CommuneFiles.StoredFile> documents) {
    }
}
