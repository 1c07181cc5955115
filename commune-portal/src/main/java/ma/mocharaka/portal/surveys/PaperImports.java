package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.files.UploadCheck.FileType;
import ma.mocharaka.portal.files.CommuneFiles;

/**
 * Importing paper forms from a spreadsheet in two steps: the upload is checked and kept aside (in the commune's file
 * store, under this survey) while staff read the preview with every row's problems; only their confirmation saves
 * the forms, all or none, and then the file is deleted: the forms are in the tables, the file is not kept.
 */
@Service
public class PaperImports {

    static final String MODULE = "surveys-import";

    private final Surveys surveys;
    private final CommuneFiles files;

    PaperImports(Surveys surveys, CommuneFiles files) {
        this.surveys = surveys;
        this.files = files;
    }

    public record Preview(Long fileId, String filename, String uploadProblem, List<PaperForms.Problem> sheetProblems,
                          List<PaperForms.CheckedRow> rows) {

        public boolean canImport() {
            return uploadProblem == null && sheetProblems.isEmpty() && !rows.isEmpty()
                    && rows.stream().allMatch(PaperForms.CheckedRow::isValid);
        }

        public long invalid() {
            return rows.stream().filter(row -> !row.isValid()).count();
        }
    }

    public Preview preview(long surveyId, MultipartFile upload, LocalDate batchDate, String staff) {
        SurveyView survey = surveys.find(surveyId);
        if (!survey.acceptsPaper()) {
            throw new SurveyRefused("surveys.error.paperNotYet");
        }
        String filename = upload.getOriginalFilename();
        Optional<String> problem = files.problemWith(upload, Set.of(FileType.CSV, FileType.XLSX));
        if (problem.isPresent()) {
            return new Preview(null, filename, problem.get(), List.of(), List.of());
        }
        byte[] content;
        try {
            content = upload.getBytes();
        } catch (java.io.IOException e) {
            return new Preview(null, filename, "files.error.empty", List.of(), List.of());
        }
        PaperFile.Read read = PaperFile.read(filename, content, survey.questions().size());
        if (!read.sheetProblems().isEmpty()) {
            return new Preview(null, filename, null, read.sheetProblems(), List.of());
        }
        List<PaperForms.CheckedRow> rows = surveys.checkPaper(surveyId, read.rows(), batchDate);
        if (rows.isEmpty()) {
            return new Preview(null, filename, null, List.of(new PaperForms.Problem("surveys.import.error.empty", filename)),
                    List.of());
        }
        Long fileId = rows.stream().allMatch(PaperForms.CheckedRow::isValid)
                ? files.store(MODULE, surveyId, upload, staff) : null;
        return new Preview(fileId, filename, null, List.of(), rows);
    }

    /** Saves the previewed file's forms; they are checked again, as the survey or the day may have changed. */
    public Surveys.PaperOutcome confirm(long surveyId, long fileId, LocalDate batchDate, String staff) {
        SurveyView survey = surveys.find(surveyId);
        CommuneFiles.Download file = files.download(MODULE, surveyId, fileId).orElseThrow(SurveyNotFound::new);
        PaperFile.Read read = PaperFile.read(file.filename(), file.content(), survey.questions().size());
        if (!read.sheetProblems().isEmpty()) {
            throw new SurveyRefused("surveys.import.error.changed");
        }
        Surveys.PaperOutcome outcome = surveys.enterPaper(surveyId, read.rows(), batchDate, staff);
        if (outcome.saved()) {
            files.delete(MODULE, surveyId, fileId);
        }
        return outcome;
    }

    public void cancel(long surveyId, long fileId) {
        files.delete(MODULE, surveyId, fileId);
    }
}
