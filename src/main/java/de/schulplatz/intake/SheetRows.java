package de.schulplatz.intake;

import de.schulplatz.excel.RowProblem;
import de.schulplatz.intake.ImportProblem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * One input sheet as read, before the rules that look beyond it: every row is either decided by itself
 * (rejected, superseded, or a remark on the sheet) or a valid draft that waits for what other sheets and
 * files say (a quota needs its school, a wish its school, a correction the imported pupils). The run reads
 * each workbook once; each import step then {@link #settle settles} the drafts of its sheets, as often as
 * it runs, without reading the file again.
 *
 * @param <D> the draft of one row
 */
final class SheetRows<D> {

    /**
     * What a draft's rule beyond the sheet decided.
     *
     * @param problem the error (rejected) or the remark (superseded); null when accepted
     */
    record Settled<T>(T value, RowProblem problem, boolean superseded) {

        static <T> Settled<T> accepted(T value) {
            return new Settled<>(value, null, false);
        }

        static <T> Settled<T> rejected(RowProblem problem) {
            return new Settled<>(null, problem, false);
        }

        static <T> Settled<T> superseded(RowProblem problem) {
            return new Settled<>(null, problem, true);
        }
    }

    /** Settles one draft; remarks it adds go to {@code hints}, where the row's parser would have put them. */
    interface Settler<D, T> {
        Settled<T> settle(D draft, List<RowProblem> hints);
    }

    /**
     * A row in the order read: decided problems, or a draft with its remarks so far.
     *
     * @param lateHintsAt where in {@code hints} the settler's remarks go (after the parser's own, before the
     *                    cell remarks), so that the Fehlerbericht lists them as if read in one go
     */
    private record Line<D>(int rowNumber, List<ImportProblem> decided, D draft, List<RowProblem> hints,
            int lateHintsAt) {
    }

    private final String fileName;
    private final String sheet;
    private final SheetKind kind;
    private final List<Line<D>> lines = new ArrayList<>();
    private int rowsRead;
    private int rowsRejected;
    private int rowsSuperseded;

    SheetRows(String fileName, String sheet, SheetKind kind) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.kind = kind;
    }

    String fileName() {
        return fileName;
    }

    SheetKind kind() {
        return kind;
    }

    /** A problem of the sheet or its header, not of a data row read. */
    void note(ImportProblem problem) {
        lines.add(new Line<>(0, List.of(problem), null, List.of(), 0));
    }

    void rejected(int rowNumber, List<RowProblem> problems) {
        rowsRead++;
        rowsRejected++;
        lines.add(new Line<>(rowNumber, problems.stream()
                .map(p -> problem(Severity.FEHLER, rowNumber, p)).toList(), null, List.of(), 0));
    }

    void superseded(int rowNumber, RowProblem newer) {
        rowsRead++;
        rowsSuperseded++;
        lines.add(new Line<>(rowNumber, List.of(problem(Severity.HINWEIS, rowNumber, newer)), null, List.of(), 0));
    }

    void draft(int rowNumber, D draft, List<RowProblem> hints, int lateHintsAt) {
        rowsRead++;
        lines.add(new Line<>(rowNumber, List.of(), draft, List.copyOf(hints), lateHintsAt));
    }

    /** The sheet when its drafts need nothing beyond the sheet. */
    SheetImport<D> settled() {
        return settle((draft, hints) -> Settled.accepted(draft));
    }

    /** The sheet with every draft settled in the order read; the drafts stay as they are for another step. */
    <T> SheetImport<T> settle(Settler<? super D, T> settler) {
        List<T> accepted = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int rejected = rowsRejected;
        int superseded = rowsSuperseded;
        for (Line<D> line : lines) {
            if (line.draft() == null) {
                problems.addAll(line.decided());
                continue;
            }
            List<RowProblem> late = new ArrayList<>();
            Settled<T> settled = settler.settle(line.draft(), late);
            if (settled.value() != null) {
                accepted.add(settled.value());
                List<RowProblem> hints = new ArrayList<>(line.hints());
                hints.addAll(line.lateHintsAt(), late);
                hints.forEach(hint -> problems.add(problem(Severity.HINWEIS, line.rowNumber(), hint)));
            } else if (settled.superseded()) {
                superseded++;
                problems.add(problem(Severity.HINWEIS, line.rowNumber(), settled.problem()));
            } else {
                rejected++;
                problems.add(problem(Severity.FEHLER, line.rowNumber(), settled.problem()));
            }
        }
        return new SheetImport<>(fileName, sheet, kind, rowsRead, accepted, rejected, superseded, problems);
    }

    private ImportProblem problem(Severity severity, Integer rowNumber, RowProblem problem) {
        return new ImportProblem(severity, fileName, sheet, rowNumber, problem.column(), problem.value(),
                problem.reason());
    }
}
