package ma.mocharaka.portal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import ma.mocharaka.platform.files.UploadCheck;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;

/** Files stay in their commune, module and record, and only real PDFs and images within the limit are kept. */
@PortalTest
class CommuneFilesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Autowired
    CommuneFiles files;
    @Autowired
    CommuneRegistry registry;

    @Test
    void aFileIsFoundOnlyThroughItsCommuneModuleAndRecord() {
        MockMultipartFile photo = new MockMultipartFile("file", "../../etc/\"playground\".png", "image/png", PNG);
        assertThat(files.problemWith(photo, UploadCheck.IMAGES)).isEmpty();
        long id = in("demnat", () -> files.store("budget", 7, photo, "demnat.admin"));

        assertThat(in("demnat", () -> files.download("budget", 7, id))).get()
                .satisfies(download -> {
                    assertThat(download.contentType()).isEqualTo("image/png");
                    assertThat(download.filename()).isEqualTo("_playground_.png");
                    assertThat(download.content()).isEqualTo(PNG);
                });
        assertThat(in("demnat", () -> files.of("budget", 7))).extracting(CommuneFiles.StoredFile::id).containsExactly(id);
        assertThat(in("demnat", () -> files.download("budget", 8, id))).isEmpty();
        assertThat(in("demnat", () -> files.download("forums", 7, id))).isEmpty();
        assertThat(in("azilal", () -> files.download("budget", 7, id))).isEmpty();
        assertThat(in("azilal", () -> files.delete("budget", 7, id))).isFalse();
        assertThat(in("demnat", () -> files.delete("budget", 7, id))).isTrue();
        assertThat(in("demnat", () -> files.download("budget", 7, id))).isEmpty();
    }

    @Test
    void whatAFileIsComesFromItsBytesNotItsName() {
        MockMultipartFile disguised = new MockMultipartFile("file", "photo.png", "image/png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(files.problemWith(disguised, UploadCheck.IMAGES)).contains("files.error.type");
        MockMultipartFile pdf = new MockMultipartFile("file", "minutes.pdf", "application/pdf",
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(files.problemWith(pdf, UploadCheck.IMAGES)).contains("files.error.type");
        assertThat(files.problemWith(pdf, UploadCheck.DOCUMENTS)).isEmpty();
        assertThat(files.problemWith(new MockMultipartFile("file", "e.png", "image/png", new byte[0]),
                UploadCheck.IMAGES)).contains("files.error.empty");
        byte[] huge = new byte[UploadCheck.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertThat(files.problemWith(new MockMultipartFile("file", "big.png", "image/png", huge), UploadCheck.IMAGES))
                .contains("files.error.tooLarge");
    }

    private <T> T in(String slug, Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug(slug).orElseThrow(), work);
    }
}
