package de.schulplatz.intake;

import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import de.schulplatz.transition.RegularPlace;
import de.schulplatz.transition.TransitionCase;
import de.schulplatz.transition.TransitionRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the sheets "Übergang" and "Plätze Regelklassen" of the input folder for the transitionJob, in one
 * transaction, after its schools and pupils: every row is imported or rejected with file, sheet, row,
 * column and reason.
 */
@Service
public class TransitionImport {

    static final String GROUP = "UEBERGANG";
    private static final Logger log = LoggerFactory.getLogger(TransitionImport.class);

    private final TransitionRepository transitions;
    private final PupilRepository pupils;
    private final SchoolRepository schools;
    private final ImportRepository imports;
    private final RunInputs inputs;

    TransitionImport(TransitionRepository transitions, PupilRepository pupils, SchoolRepository schools,
            ImportRepository imports, RunInputs inputs) {
        this.transitions = transitions;
        this.pupils = pupils;
        this.schools = schools;
        this.imports = imports;
        this.inputs = inputs;
    }

    @Transactional
    public ImportSummary importFrom(Path inputFolder, long runId, LocalDate planningDate) {
        InputRead read = inputs.of(inputFolder, planningDate);
        imports.deleteForRun(runId, GROUP);
        Map<String, School> schoolByNumber = schools.findAll().stream()
                .collect(Collectors.toMap(School::schoolNumber, Function.identity()));
        Set<String> knownPupils = pupils.findAll().stream().map(p -> p.caseNumber()).collect(Collectors.toSet());
        List<SheetImport<TransitionCase>> caseSheets = read.transitions().stream()
                .map(sheet -> sheet.settle(TransitionRows.cases(knownPupils::contains, schoolByNumber::get, planningDate)))
                .toList();
        SheetRows.Settler<TransitionRows.PlaceDraft, RegularPlace> placeRules = TransitionRows.places(schoolByNumber::get);
        List<SheetImport<RegularPlace>> placeSheets = read.regularPlaces().stream().map(sheet -> sheet.settle(placeRules))
                .toList();
        try {
            for (SheetImport<TransitionCase> sheet : caseSheets) {
                transitions.upsertCases(sheet.accepted(), sheet.fileName());
                imports.saveSheet(runId, GROUP, sheet);
            }
            transitions.replacePlaces(placeSheets.stream().flatMap(sheet -> sheet.accepted().stream())
                    .collect(Collectors.groupingBy(RegularPlace::schoolNumber)));
            for (SheetImport<RegularPlace> sheet : placeSheets) {
                imports.saveSheet(runId, GROUP, sheet);
            }
        } catch (DataAccessException e) {
            throw new ImportWriteException("Übergang", caseSheets.isEmpty() ? "" : caseSheets.get(0).fileName(), e);
        }
        List<SheetImport<?>> all = new ArrayList<>(caseSheets);
        all.addAll(placeSheets);
        ImportSummary summary = ImportSummary.of(all);
        log.info("Run {}: transition rows read {}, imported {}, rejected {}", runId, summary.rowsRead(),
                summary.rowsImported(), summary.rowsRejected());
        return summary;
    }
}
