package de.schulplatz.intake;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.excel.CellTexts;
import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.overrides.AuthorityDecisions;
import de.schulplatz.overrides.AuthorityDecisions.Decision;
import de.schulplatz.overrides.OverrideAlreadyAppliedException;
import de.schulplatz.overrides.OverrideRejectedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The column "Entscheidung" of the school sheets in a list a Schulaufsicht returned: each decided row becomes an
 * {@link AuthorityDecisions} decision on the child's place at the sheet's school, checked like one made in the
 * workspace. A row left empty is read and counted, and decides nothing; the same list dropped in again changes
 * nothing.
 */
final class ListDecisions {

    /** The school sheets of a list: "123456 Kurzname", "123456 Kurzname (2)". */
    private static final Pattern SCHOOL_SHEET = Pattern.compile("^(\\d{6})(?:\\s.*)?$");

    /**
     * One row of a school sheet valid by itself; {@code decision} is null for a row without one.
     *
     * @param sourceRef same row content, same key: the list returned twice applies once
     */
    record Draft(String caseNumber, String schoolNumber, Decision decision, String reason, String fileName,
            String decisionCell) {
    }

    /** Whose list a workbook is, from its sheet "Liste": the authority and the run the list was written by. */
    record ListOrigin(String authority, String run) {
    }

    /** The sheet "Liste" read: empty when it names no authority. */
    static Optional<ListOrigin> origin(Sheet sheet) {
        String authority = null;
        String run = null;
        for (Row row : sheet) {
            String key = CellTexts.text(row.getCell(0));
            String value = CellTexts.text(row.getCell(1));
            if (ListOriginColumn.SCHULAUFSICHT.equals(key)) {
                authority = value;
            } else if (ListOriginColumn.LAUF.equals(key)) {
                run = value;
            }
        }
        return authority == null || authority.isBlank() ? Optional.empty()
                : Optional.of(new ListOrigin(authority.strip(), run == null ? "" : run.strip()));
    }

    private ListDecisions() {
    }

    /** The school number a sheet of a returned list is for, from its name. */
    static Optional<String> schoolOfSheet(String sheetName) {
        Matcher matcher = SCHOOL_SHEET.matcher(sheetName == null ? "" : sheetName.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static Draft draft(DataRow row, String fileName, String schoolNumber) {
        String caseNumber = row.requiredText(DecisionColumn.FALLNUMMER);
        String word = row.text(DecisionColumn.ENTSCHEIDUNG);
        Decision decision = word == null ? null : Decision.ofWord(word).orElse(null);
        if (word != null && decision == null) {
            row.problem(DecisionColumn.ENTSCHEIDUNG, "unbekannte Entscheidung; erlaubt: "
                    + String.join(", ", DecisionColumn.ENTSCHEIDUNG.choices()) + " oder leer");
        }
        String reason = row.text(DecisionColumn.GRUND);
        if (decision == Decision.ABGELEHNT && (reason == null || reason.strip().length() < 3)) {
            row.problem(DecisionColumn.GRUND, "eine Ablehnung braucht einen Grund");
        }
        if (row.hasProblems()) {
            return null;
        }
        return new Draft(caseNumber, schoolNumber, decision, reason, fileName,
                decision == null ? "" : row.shownValue(DecisionColumn.ENTSCHEIDUNG));
    }

    /**
     * Applies a row's decision; a row without one is accepted as read, deciding nothing. A decision holds only in a
     * list that names its authority ({@code list}, the sheet "Liste"), only for that authority's schools, and once
     * per row content and run of the list.
     */
    static SheetRows.Settled<Draft> apply(AuthorityDecisions decisions, AuditLog audit, ListOrigin list, Draft draft,
            List<RowProblem> hints, LocalDate planningDate) {
        if (draft.decision() == null) {
            return SheetRows.Settled.accepted(draft);
        }
        String header = DecisionColumn.ENTSCHEIDUNG.header();
        if (list == null) {
            return SheetRows.Settled.rejected(new RowProblem(header, draft.decisionCell(), "die Liste nennt keine "
                    + "Schulaufsicht (Blatt „Liste“ fehlt); Entscheidungen gelten nur in Listen, die Schulplatz geschrieben hat"));
        }
        AuthorityDecisions.Origin origin = new AuthorityDecisions.Origin("Schulaufsicht (Liste " + draft.fileName() + ")",
                "Rückgabe der Liste " + draft.fileName(), key(draft.caseNumber(), draft.schoolNumber(),
                        draft.decision().name(), draft.reason(), list.authority(), list.run()));
        try {
            var stored = decisions.decideOnList(draft.caseNumber(), draft.schoolNumber(), list.authority(),
                    draft.decision(), draft.reason(), origin, planningDate);
            audit.recordAfterCommit(origin.username(), "Entscheidung der Schulaufsicht", stored.describe(), "ok");
            hints.add(new RowProblem(header, draft.decisionCell(), "angewendet als Korrektur Nr. " + stored.id()));
        } catch (OverrideAlreadyAppliedException e) {
            hints.add(new RowProblem(header, draft.decisionCell(), "bereits in einem früheren Lauf angewendet; nicht noch einmal"));
        } catch (OverrideRejectedException e) {
            audit.record(origin.username(), "Entscheidung der Schulaufsicht", draft.decision().value() + ", Fall "
                    + draft.caseNumber(), "abgelehnt: " + e.getMessage());
            return SheetRows.Settled.rejected(new RowProblem(header, draft.decisionCell(),
                    "Entscheidung nicht möglich: " + e.getMessage()));
        }
        return SheetRows.Settled.accepted(draft);
    }

    private static String key(String... values) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Arrays.stream(values).map(v -> v == null ? "" : v).collect(Collectors.joining("|"))
                            .getBytes(StandardCharsets.UTF_8));
            return "entscheidung:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
