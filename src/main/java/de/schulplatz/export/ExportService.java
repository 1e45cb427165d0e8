package de.schulplatz.export;

import de.schulplatz.intake.ImportRepository.SheetCount;
import de.schulplatz.documents.DocumentException;
import de.schulplatz.documents.DocumentSettings;
import de.schulplatz.documents.LetterTemplates;
import de.schulplatz.documents.PdfPrinter;
import de.schulplatz.intake.ImportRepository;
import de.schulplatz.intake.SheetKind;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlanOfRun;
import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunJob;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.schools.School;
import de.schulplatz.transition.TransitionRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the outputs of a run into a folder: one workbook per school authority, {@code placements.csv},
 * {@code Fehlerbericht.xlsx} and {@code run-summary.json}. Each file appears only when complete.
 */
@Service
public class ExportService {

    static final String SUMMARY_FILE = "run-summary.json";
    private static final Logger log = LoggerFactory.getLogger(ExportService.class);

    private final RunRepository runs;
    private final PlacementRepository placements;
    private final ImportRepository imports;
    private final TransitionRepository transitions;
    private final DocumentSettings documents;
    private final PdfPrinter printer;
    private final LetterTemplates letterTemplates;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    ExportService(RunRepository runs, PlacementRepository placements, ImportRepository imports,
            TransitionRepository transitions, DocumentSettings documents, PdfPrinter printer,
            LetterTemplates letterTemplates) {
        this.transitions = transitions;
        this.documents = documents;
        this.printer = printer;
        this.letterTemplates = letterTemplates;
        this.runs = runs;
        this.placements = placements;
        this.imports = imports;
    }

    /** File name of the list an authority receives, e.g. Zuweisungen_Bezirksregierung_Detmold.xlsx. */
    public static String authorityWorkbookName(String authority) {
        return AuthorityList.fileName(authority);
    }

    /** File name of an authority's transition list, e.g. Uebergaenge_Bezirksregierung_Detmold.xlsx. */
    public static String transitionWorkbookName(String authority) {
        return TransitionListWriter.fileName(authority);
    }

    /** @return the written files, the summary last */
    public List<Path> export(long runId, Path outputFolder) {
        // Also here, where the plan is published, whichever way the run got to it (a restart, another process).
        runs.requireNotSuperseded(runId);
        RunData data = load(runId);
        try {
            Files.createDirectories(outputFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("Ausgabeordner " + outputFolder + " kann nicht angelegt werden", e);
        }
        RunFigures figures = RunFigures.of(data);
        List<Path> written = new ArrayList<>();
        List<String> notWritten = new ArrayList<>();
        if (data.run().job() == RunJob.TRANSITION) {
            Map<String, String> currentSchool = new HashMap<>();
            transitions.cases().forEach(c -> currentSchool.put(c.caseNumber(), c.currentSchool()));
            for (String authority : TransitionListWriter.authorities(data, currentSchool)) {
                written.add(OutputFiles.write(outputFolder, TransitionListWriter.fileName(authority),
                        out -> TransitionListWriter.write(data, authority, currentSchool, out)));
            }
        } else {
            List<ChangesSheet.Change> changes = ChangesSheet.changes(data);
            List<AuthorityList> lists = AuthorityList.allOf(data);
            // Before any file is written: a wrong list must not reach an authority, not even for a moment.
            AuthorityList.verify(lists, data);
            for (AuthorityList list : lists) {
                written.add(OutputFiles.write(outputFolder, list.fileName(),
                        out -> AuthorityWorkbookWriter.write(data, figures, changes, list, out)));
            }
            writeDocuments(data, lists, outputFolder, written, notWritten);
            SvwsHandoverWriter.confirmedBySchool(data).forEach((schoolNumber, confirmed) -> {
                School school = data.schools().get(schoolNumber);
                written.add(OutputFiles.write(outputFolder, SvwsHandoverWriter.fileName(school),
                        out -> SvwsHandoverWriter.write(data, confirmed, out)));
            });
        }
        written.add(OutputFiles.write(outputFolder, PlacementsCsvWriter.FILE_NAME,
                out -> PlacementsCsvWriter.write(data, out)));
        written.add(OutputFiles.write(outputFolder, ErrorReportWriter.FILE_NAME,
                out -> ErrorReportWriter.write(data, out)));
        List<String> names = new ArrayList<>(written.stream().map(p -> p.getFileName().toString()).toList());
        names.add(SUMMARY_FILE);
        RunSummary summary = summary(data, figures, names, notWritten);
        written.add(OutputFiles.write(outputFolder, SUMMARY_FILE, out -> json.writeValue(out, summary)));
        log.info("Run {}: wrote {} files to {}", runId, written.size(), outputFolder);
        return written;
    }

    private RunData load(long runId) {
        PlanningRun run = runs.find(runId).orElseThrow(() -> new IllegalStateException("unknown run " + runId));
        PlanOfRun plan = placements.planOf(run);
        Map<String, PlannedPlacement> previous = runs.lastPublishedRunBefore(runId)
                .map(placements::findByRun).orElse(List.of()).stream()
                .collect(Collectors.toMap(PlannedPlacement::caseNumber, Function.identity()));
        return new RunData(run, plan, imports.sheetCounts(runId), imports.problems(runId), runs.constraintScores(runId),
                previous);
    }

    /**
     * The documents of a placement run written again into its folder (on demand from the Downloads page): after the
     * KI edited a letter text, or for a run exported while Chromium or LibreOffice were missing.
     *
     * @return what could not be written, each with why; empty when all are there
     */
    public List<String> rewriteDocuments(long runId) {
        PlanningRun run = runs.find(runId).orElseThrow(() -> RequestRefusedException.notFound(
                "Lauf " + runId + " gibt es nicht"));
        if (run.job() != RunJob.PLACEMENT || run.outputDir() == null || !Files.isDirectory(Path.of(run.outputDir()))
                || AuthorityList.allOf(load(runId)).stream()
                        .anyMatch(list -> !Files.isRegularFile(Path.of(run.outputDir()).resolve(list.fileName())))) {
            throw RequestRefusedException.conflict("Lauf " + runId + " hat keine vollständigen Zuweisungslisten "
                    + "(nicht abgeschlossen, Übergang oder schon gelöscht); Dokumente gibt es nur zu ihnen");
        }
        RunData data = load(runId);
        List<AuthorityList> lists = AuthorityList.allOf(data);
        List<String> notWritten = new ArrayList<>();
        writeDocuments(data, lists, Path.of(data.run().outputDir()), new ArrayList<>(), notWritten);
        log.info("Run {}: documents written again, {} not written", runId, notWritten.size());
        return notWritten;
    }

    /**
     * The family letter of one child for its placement in a run, as a PDF (on demand from the pupil page); empty
     * when the child has no place in that run or one of a status at which the KI does not write to families.
     *
     * @throws DocumentException when Chromium is missing or fails
     */
    public Optional<byte[]> familyLetter(long runId, String caseNumber) {
        RunData data = load(runId);
        Optional<PlannedPlacement> placement = data.placements().stream()
                .filter(p -> p.caseNumber().equals(caseNumber) && p.isPlaced())
                .filter(p -> documents.familyLetterStatuses().contains(p.status())).findFirst();
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        if (!printer.printsHtml()) {
            throw new DocumentException("Elternbrief: Chromium fehlt (" + documents.chromium() + ")");
        }
        String html = FamilyLetterWriter.html(List.of(FamilyLetterWriter.letter(data, placement.get(), letterTemplates)),
                letterTemplates.german(), documents.contact(), data.run().planningDate());
        return Optional.of(printer.htmlToPdf("Elternbrief", html));
    }

    /**
     * The print-ready PDF of each list, the family letters and the school letters. A document that cannot be
     * written (no Chromium or LibreOffice here, a tool failing) does not stop the run: the lists are out, and
     * {@code run-summary.json} and the log say which document is missing and why.
     */
    private void writeDocuments(RunData data, List<AuthorityList> lists, Path folder, List<Path> written,
            List<String> notWritten) {
        if (!documents.enabled()) {
            return;
        }
        for (AuthorityList list : lists) {
            document(notWritten, "Liste als PDF (" + list.authority() + ")", printer.printsWorkbooks(),
                    "LibreOffice fehlt (" + documents.office() + ")", () -> {
                        Path pdf = folder.resolve(list.fileName().replaceAll("\\.xlsx$", ".pdf"));
                        printer.workbookToPdf("Liste als PDF", folder.resolve(list.fileName()), pdf);
                        written.add(pdf);
                    });
            List<FamilyLetterWriter.Letter> letters = FamilyLetterWriter.letters(data, list,
                    documents.familyLetterStatuses(), letterTemplates);
            if (!letters.isEmpty()) {
                document(notWritten, "Elternbriefe (" + list.authority() + ")", printer.printsHtml(),
                        "Chromium fehlt (" + documents.chromium() + ")", () -> {
                            Path pdf = folder.resolve(FamilyLetterWriter.fileName(list.authority()));
                            printer.htmlToPdf("Elternbriefe", FamilyLetterWriter.html(letters, letterTemplates.german(),
                                    documents.contact(), data.run().planningDate()), pdf);
                            written.add(pdf);
                        });
            }
            if (SchoolLetterWriter.hasLetters(list)) {
                document(notWritten, "Schulbriefe (" + list.authority() + ")", printer.printsHtml(),
                        "Chromium fehlt (" + documents.chromium() + ")", () -> {
                            Path pdf = folder.resolve(SchoolLetterWriter.fileName(list.authority()));
                            printer.htmlToPdf("Schulbriefe", SchoolLetterWriter.html(data, list, documents.contact()), pdf);
                            written.add(pdf);
                        });
            }
        }
    }

    private void document(List<String> notWritten, String what, boolean toolThere, String missingTool, Runnable write) {
        if (!toolThere) {
            notWritten(notWritten, what + ": " + missingTool);
            return;
        }
        try {
            write.run();
        } catch (DocumentException e) {
            notWritten(notWritten, what + ": " + e.getMessage());
        }
    }

    private static void notWritten(List<String> notWritten, String why) {
        notWritten.add(why);
        log.warn("Document not written: {}", why);
    }

    private static RunSummary summary(RunData data, RunFigures figures, List<String> files, List<String> notWritten) {
        PlanningRun run = data.run();
        int placed = (int) data.placements().stream().filter(PlannedPlacement::isPlaced).count();
        int withdrawn = (int) data.placements().stream()
                .filter(p -> p.status() == PlacementStatus.ZURUECKGEZOGEN).count();
        int planned = data.placements().size() - withdrawn;
        long distance = data.placements().stream().filter(PlannedPlacement::isPlaced)
                .mapToLong(PlannedPlacement::distanceMetres).sum();
        return new RunSummary(run.planningDate(), run.runNumber(), run.id(),
                counts(data.sheetCounts(), SheetKind.SCHUELER), counts(data.sheetCounts(), SheetKind.SCHULEN),
                counts(data.sheetCounts(), SheetKind.FREIE_PLAETZE),
                new RunSummary.Plan(planned, placed, planned - placed, withdrawn, distance, data.measure().label()),
                new RunSummary.Score(orZero(run.hardScore()), orZero(run.mediumScore()), orZero(run.softScore())),
                data.constraintScores().stream().map(s -> new RunSummary.ConstraintScore(s.constraintName(),
                        s.level(), s.matches(), s.score())).toList(),
                figures, PlanBound.of(run), orZero(run.solvingMillis()), files, notWritten);
    }

    private static RunSummary.Counts counts(List<SheetCount> counts, SheetKind kind) {
        List<SheetCount> ofKind = counts.stream().filter(c -> c.kind() == kind).toList();
        return new RunSummary.Counts(ofKind.stream().mapToInt(SheetCount::rowsRead).sum(),
                ofKind.stream().mapToInt(SheetCount::rowsImported).sum(),
                ofKind.stream().mapToInt(SheetCount::rowsRejected).sum(),
                ofKind.stream().mapToInt(SheetCount::rowsSuperseded).sum());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
