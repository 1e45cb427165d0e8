package de.schulplatz.intake;

import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the sheets "Schulen" and "Freie Plätze" of every workbook in the input folder in one
 * transaction: either all good rows of all files are stored, or (for an unreadable file) nothing.
 */
@Service
public class SchoolImport {

    static final String GROUP = "SCHULEN";
    private static final Logger log = LoggerFactory.getLogger(SchoolImport.class);

    private final SchoolRepository schools;
    private final ImportRepository imports;
    private final RunInputs inputs;

    SchoolImport(SchoolRepository schools, ImportRepository imports, RunInputs inputs) {
        this.schools = schools;
        this.imports = imports;
        this.inputs = inputs;
    }

    /**
     * The first import step: it reads every workbook of the folder, all sheets, before it stores anything,
     * so a file that breaks halfway (e.g. a truncated sheet) fails the run before any step has stored data.
     *
     * @param planningDate the day the plan is made for (the pupils' sheets are read now too)
     */
    @Transactional
    public ImportSummary importFrom(Path inputFolder, long runId, LocalDate planningDate) {
        InputRead read = inputs.of(inputFolder, planningDate);
        imports.deleteForRun(runId, GROUP);
        imports.saveProblems(runId, GROUP, read.remarks());

        List<SheetImport<School>> schoolSheets = read.schools().stream().map(SheetRows::settled).toList();
        Map<String, School> schoolByNumber = schools.findAll().stream()
                .collect(Collectors.toMap(School::schoolNumber, school -> school));
        schoolSheets.forEach(sheet -> sheet.accepted().forEach(s -> schoolByNumber.put(s.schoolNumber(), s)));

        QuotaRowParser.Settling quotaRules = new QuotaRowParser.Settling(schoolByNumber::get);
        List<SheetImport<PlaceQuota>> quotaSheets = read.quotas().stream().map(sheet -> sheet.settle(quotaRules))
                .toList();

        Map<String, List<PlaceQuota>> quotasBySchool = new LinkedHashMap<>();
        for (SheetImport<School> sheet : schoolSheets) {
            try {
                schools.upsert(sheet.accepted(), sheet.fileName());
                imports.saveSheet(runId, GROUP, sheet);
            } catch (DataAccessException e) {
                throw new ImportWriteException("Schulen", sheet.fileName(), e);
            }
            // A school's report is complete: its free places are those of this import, even if none.
            sheet.accepted().forEach(s -> quotasBySchool.put(s.schoolNumber(), new ArrayList<>()));
        }
        for (SheetImport<PlaceQuota> sheet : quotaSheets) {
            sheet.accepted().forEach(q -> quotasBySchool.computeIfAbsent(q.schoolNumber(), n -> new ArrayList<>()).add(q));
            try {
                imports.saveSheet(runId, GROUP, sheet);
            } catch (DataAccessException e) {
                throw new ImportWriteException("freien Plätze", sheet.fileName(), e);
            }
        }
        try {
            schools.replaceQuotas(quotasBySchool);
        } catch (DataAccessException e) {
            throw new ImportWriteException("freien Plätze", "den Eingabedateien", e);
        }

        ImportSummary summary = ImportSummary.of(schoolSheets);
        ImportSummary quotas = ImportSummary.of(quotaSheets);
        log.info("Run {}: schools read {}, imported {}, rejected {}; place rows read {}, imported {}, rejected {}",
                runId, summary.rowsRead(), summary.rowsImported(), summary.rowsRejected(), quotas.rowsRead(),
                quotas.rowsImported(), quotas.rowsRejected());
        return summary;
    }
}
