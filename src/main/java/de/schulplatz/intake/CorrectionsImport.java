package de.schulplatz.intake;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.overrides.AuthorityDecisions;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideAlreadyAppliedException;
import de.schulplatz.overrides.OverrideRejectedException;
import de.schulplatz.overrides.OverrideRequest;
import de.schulplatz.overrides.OverrideService;
import de.schulplatz.schoolsystem.GroupKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the rows of every sheet "Korrekturen" in the input folder through {@link OverrideService},
 * the same path as the command line, then the decisions in the lists the Schulaufsichten returned
 * ({@link ListDecisions}). A row that cannot hold is rejected into the Fehlerbericht; a row
 * already applied in an earlier run (same content) is skipped with a remark, so dropping the same
 * workbook again changes nothing.
 */
@Service
public class CorrectionsImport {

    static final String GROUP = "KORREKTUREN";
    private static final Logger log = LoggerFactory.getLogger(CorrectionsImport.class);

    /** A correction row valid by itself, with the cell that a refusal is noted on. */
    record Draft(OverrideRequest request, String actionCell) {
    }

    private final OverrideService overrides;
    private final ImportRepository imports;
    private final RunInputs inputs;
    private final AuthorityDecisions decisions;
    private final AuditLog audit;

    CorrectionsImport(OverrideService overrides, ImportRepository imports, RunInputs inputs,
            AuthorityDecisions decisions, AuditLog audit) {
        this.overrides = overrides;
        this.decisions = decisions;
        this.audit = audit;
        this.imports = imports;
        this.inputs = inputs;
    }

    /**
     * The last import step: it lets go of what the run read.
     *
     * @param planningDate the run's planning date: a correction is checked for it, not for the wall clock's day
     */
    @Transactional
    public ImportSummary importFrom(Path inputFolder, long runId, LocalDate planningDate) {
        InputRead read = inputs.of(inputFolder, planningDate);
        imports.deleteForRun(runId, GROUP);
        List<SheetImport<?>> sheets = new ArrayList<>();
        read.corrections().forEach(sheet -> sheets.add(sheet.settle((draft, hints) -> apply(draft, hints, planningDate))));
        read.decisions().forEach(list -> list.sheets().forEach(sheet -> sheets.add(sheet.settle(
                (draft, hints) -> ListDecisions.apply(decisions, audit, list.origin(), draft, hints, planningDate)))));
        sheets.forEach(sheet -> imports.saveSheet(runId, GROUP, sheet));
        inputs.forget();
        ImportSummary summary = ImportSummary.of(sheets);
        log.info("Run {}: correction and decision rows read {}, applied {}, rejected {}", runId, summary.rowsRead(),
                summary.rowsImported(), summary.rowsRejected());
        return summary;
    }

    static Draft draft(DataRow row, String fileName) {
        OverrideRequest request = request(row, fileName);
        return request == null ? null : new Draft(request, row.shownValue(CorrectionColumn.AKTION));
    }

    /**
     * The override a row asks for, with the row's own problems noted on it; null when it has any. Nothing
     * is checked against the data or applied, so an upload can be checked without changing anything.
     */
    static OverrideRequest request(DataRow row, String fileName) {
        String actionText = row.requiredText(CorrectionColumn.AKTION);
        OverrideAction action = actionText == null ? null : OverrideAction.parse(actionText).orElse(null);
        if (actionText != null && action == null) {
            row.problem(CorrectionColumn.AKTION, "unbekannte Aktion; erlaubt: "
                    + String.join(", ", CorrectionColumn.AKTION.choices()));
        }
        String reason = row.requiredText(CorrectionColumn.GRUND);
        String school = SchoolNumbers.normalise(row.text(CorrectionColumn.SCHULNUMMER));
        Integer from = row.integer(CorrectionColumn.JAHRGANG_VON);
        Integer to = row.integer(CorrectionColumn.JAHRGANG_BIS);
        Integer places = row.integer(CorrectionColumn.FREIE_PLAETZE);
        Integer releaseId = row.integer(CorrectionColumn.KORREKTUR_NR);
        GroupKind kind = null;
        String kindText = row.text(CorrectionColumn.GRUPPENART);
        if (kindText != null) {
            kind = GroupKind.parse(kindText).orElse(null);
            if (kind == null) {
                row.problem(CorrectionColumn.GRUPPENART, "erlaubt sind: Deutschförderung, Alphabetisierung, IFK");
            }
        } else if (action == OverrideAction.PLAETZE_AENDERN) {
            kind = GroupKind.DEUTSCHFOERDERUNG;
        }
        var effective = row.date(CorrectionColumn.GUELTIG_AB);
        if (row.hasProblems()) {
            return null;
        }
        String by = Objects.requireNonNullElse(row.text(CorrectionColumn.VON), "Korrekturen " + fileName);
        String caseNumber = row.text(CorrectionColumn.FALLNUMMER);
        return new OverrideRequest(action, caseNumber, school, kind, from, to, places, effective,
                releaseId == null ? null : releaseId.longValue(), reason, by, "Korrekturen " + fileName,
                contentKey(action, caseNumber, school, kind, from, to, places, effective, releaseId, reason, by));
    }

    private SheetRows.Settled<OverrideRequest> apply(Draft draft, List<RowProblem> hints, LocalDate planningDate) {
        OverrideRequest request = draft.request();
        OverrideAction action = request.action();
        try {
            var stored = overrides.apply(request, planningDate);
            hints.add(new RowProblem(CorrectionColumn.AKTION.header(), action.label(),
                    "angewendet als Korrektur Nr. " + stored.id()));
        } catch (OverrideAlreadyAppliedException e) {
            hints.add(new RowProblem(CorrectionColumn.AKTION.header(), action.label(),
                    "bereits in einem früheren Lauf angewendet; nicht noch einmal"));
        } catch (OverrideRejectedException e) {
            return SheetRows.Settled.rejected(new RowProblem(CorrectionColumn.AKTION.header(), draft.actionCell(),
                    "Korrektur nicht möglich: " + e.getMessage()));
        }
        return SheetRows.Settled.accepted(request);
    }

    /** Same content, same key: the row of a workbook dropped in twice is applied once. */
    private static String contentKey(Object... values) {
        String content = Stream.of(values).map(v -> v == null ? "" : v.toString()).collect(Collectors.joining("|"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "korrektur:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
