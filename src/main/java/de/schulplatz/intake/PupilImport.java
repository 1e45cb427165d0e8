package de.schulplatz.intake;

import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the sheets "Schüler" of every workbook in the input folder in one transaction. Pupils are
 * upserted by Fallnummer, so importing the same file again updates and never duplicates.
 */
@Service
public class PupilImport {

    static final String GROUP = "SCHUELER";
    private static final Logger log = LoggerFactory.getLogger(PupilImport.class);

    private final PupilRepository pupils;
    private final SchoolRepository schools;
    private final ImportRepository imports;
    private final RunInputs inputs;

    PupilImport(PupilRepository pupils, SchoolRepository schools, ImportRepository imports, RunInputs inputs) {
        this.pupils = pupils;
        this.schools = schools;
        this.imports = imports;
        this.inputs = inputs;
    }

    /**
     * Wished schools count when known after the schools' import (the database holds this run's schools).
     *
     * @param planningDate the day the plan is made for; birth dates are checked against it
     */
    @Transactional
    public ImportSummary importFrom(Path inputFolder, long runId, LocalDate planningDate) {
        InputRead read = inputs.of(inputFolder, planningDate);
        imports.deleteForRun(runId, GROUP);
        Set<String> knownSchools = schools.findAll().stream().map(School::schoolNumber).collect(Collectors.toSet());
        List<SheetImport<Pupil>> sheets = read.pupils().stream()
                .map(sheet -> sheet.settle(PupilRowParser.wishesAgainst(knownSchools::contains))).toList();
        for (SheetImport<Pupil> sheet : sheets) {
            try {
                pupils.upsert(sheet.accepted(), sheet.fileName());
                imports.saveSheet(runId, GROUP, sheet);
            } catch (DataAccessException e) {
                throw new ImportWriteException("Schüler", sheet.fileName(), e);
            }
        }
        ImportSummary summary = ImportSummary.of(sheets);
        log.info("Run {}: pupils read {}, imported {}, rejected {}", runId, summary.rowsRead(), summary.rowsImported(),
                summary.rowsRejected());
        return summary;
    }
}
