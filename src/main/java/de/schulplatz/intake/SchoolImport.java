package de.schulplatz.intake;

import de.schulplatz.geo.MunicipalityDirectory;
import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final AddressResolver addresses;
    private final Authorities authorities;

    SchoolImport(SchoolRepository schools, ImportRepository imports, MunicipalityDirectory municipalities,
            Authorities authorities) {
        this.schools = schools;
        this.imports = imports;
        this.addresses = new AddressResolver(municipalities);
        this.authorities = authorities;
    }

    @Transactional
    public ImportSummary importFrom(Path inputFolder, long runId) {
        InputFolder.Scan scan = InputFolder.scan(inputFolder);
        // Read every known sheet of every file once before writing anything: a file that breaks halfway
        // (e.g. a truncated sheet) then fails the run before any import step has stored data.
        InputFolder.readAllSheets(scan);
        imports.deleteForRun(runId, GROUP);
        imports.saveProblems(runId, GROUP, scan.remarks());

        NewestVersions versions = new NewestVersions();
        List<SheetImport<School>> schoolSheets = new ArrayList<>();
        for (InputFolder.InputFile file : scan.newestFirst()) {
            schoolSheets.addAll(InputFolder.readSheets(file, SheetKind.SCHULEN,
                    sheet -> SheetReader.read(file.fileName(), sheet, SheetKind.SCHULEN,
                            Arrays.asList(SchoolColumn.values()),
                            new SchoolRowParser(addresses, authorities, file.fileName(), versions))));
        }
        Map<String, School> schoolByNumber = schools.findAll().stream()
                .collect(Collectors.toMap(School::schoolNumber, school -> school));
        schoolSheets.forEach(sheet -> sheet.accepted().forEach(s -> schoolByNumber.put(s.schoolNumber(), s)));

        QuotaRowParser.Reports reports = new QuotaRowParser.Reports();
        List<SheetImport<PlaceQuota>> quotaSheets = new ArrayList<>();
        for (InputFolder.InputFile file : scan.newestFirst()) {
            quotaSheets.addAll(InputFolder.readSheets(file, SheetKind.FREIE_PLAETZE,
                    sheet -> SheetReader.read(file.fileName(), sheet,
                            SheetKind.FREIE_PLAETZE, Arrays.asList(QuotaColumn.values()),
                            new QuotaRowParser(schoolByNumber::get, file.fileName(), reports))));
        }

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

        scan.requireUnchanged();
        ImportSummary summary = ImportSummary.of(schoolSheets);
        ImportSummary quotas = ImportSummary.of(quotaSheets);
        log.info("Run {}: schools read {}, imported {}, rejected {}; place rows read {}, imported {}, rejected {}",
                runId, summary.rowsRead(), summary.rowsImported(), summary.rowsRejected(), quotas.rowsRead(),
                quotas.rowsImported(), quotas.rowsRejected());
        return summary;
    }
}
