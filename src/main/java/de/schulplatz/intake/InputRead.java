package de.schulplatz.intake;

import de.schulplatz.schools.School;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What a run read from its input workbooks, each opened once: every known sheet as {@link SheetRows}, the
 * files newest first (so that the newest version of a pupil or school is the one taken), and the remarks on
 * the files themselves. The import steps settle from here; none of them opens a workbook again.
 */
record InputRead(List<FileRows> newestFirst, List<ImportProblem> remarks) {

    /** The sheets of one workbook, by kind, in the workbook's order. */
    record FileRows(InputFolder.InputFile file, List<SheetRows<School>> schools,
            List<SheetRows<QuotaRowParser.Draft>> quotas, List<SheetRows<PupilRowParser.Draft>> pupils,
            List<SheetRows<CorrectionsImport.Draft>> corrections, List<SheetRows<TransitionRows.CaseDraft>> transitions,
            List<SheetRows<TransitionRows.PlaceDraft>> regularPlaces, List<SheetRows<ListDecisions.Draft>> decisions,
            ListDecisions.ListOrigin listOrigin) {
    }

    /** The school sheets of one returned list, with whose list it is (null: the workbook names no authority). */
    record ListSheets(ListDecisions.ListOrigin origin, List<SheetRows<ListDecisions.Draft>> sheets) {
    }

    InputRead {
        newestFirst = List.copyOf(newestFirst);
        remarks = List.copyOf(remarks);
    }

    List<SheetRows<School>> schools() {
        return sheets(FileRows::schools, newestFirst);
    }

    List<SheetRows<TransitionRows.CaseDraft>> transitions() {
        return sheets(FileRows::transitions, newestFirst);
    }

    List<SheetRows<TransitionRows.PlaceDraft>> regularPlaces() {
        return sheets(FileRows::regularPlaces, newestFirst);
    }

    List<SheetRows<QuotaRowParser.Draft>> quotas() {
        return sheets(FileRows::quotas, newestFirst);
    }

    List<SheetRows<PupilRowParser.Draft>> pupils() {
        return sheets(FileRows::pupils, newestFirst);
    }

    /** Oldest file first: corrections are applied in the order they were made. */
    List<SheetRows<CorrectionsImport.Draft>> corrections() {
        List<FileRows> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return sheets(FileRows::corrections, oldestFirst);
    }

    /** Oldest file first, like corrections: a later list's decision comes after an earlier one's. */
    List<ListSheets> decisions() {
        List<FileRows> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst.stream().filter(file -> !file.decisions().isEmpty())
                .map(file -> new ListSheets(file.listOrigin(), file.decisions())).toList();
    }

    private static <D> List<SheetRows<D>> sheets(Function<FileRows, List<SheetRows<D>>> kind, List<FileRows> files) {
        return files.stream().flatMap(file -> kind.apply(file).stream()).toList();
    }
}
