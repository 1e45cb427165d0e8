package de.schulplatz.export;

import de.schulplatz.documents.DocumentSettings.KiContact;
import de.schulplatz.documents.Html;
import de.schulplatz.excel.TableSheet;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schools.School;
import de.schulplatz.schoolsystem.GermanDates;
import java.util.Comparator;
import java.util.List;


/**
 * The letter to each school of an authority (Schulbrief): the children the plan assigns to it, with what the school
 * needs to receive them, the KI's contact, and how the school answers (the column "Entscheidung" of the authority's
 * list). HTML for {@link de.schulplatz.documents.PdfPrinter}, one page per school.
 */
final class SchoolLetterWriter {

    private SchoolLetterWriter() {
    }

    /** {@code Schulbriefe_<authority>.pdf}. */
    static String fileName(String authority) {
        return "Schulbriefe_" + AuthorityList.fileStem(authority) + ".pdf";
    }

    static String html(RunData data, AuthorityList list, KiContact ki) {
        StringBuilder html = new StringBuilder(STYLE);
        for (School school : list.schools()) {
            List<PlannedPlacement> placed = list.placedBySchool().getOrDefault(school.schoolNumber(), List.of());
            if (!placed.isEmpty()) {
                page(html, data, list.authority(), school, placed, ki);
            }
        }
        return html.append("</body></html>\n").toString();
    }

    /** Whether the authority's list assigns any child, so that a letter is due. */
    static boolean hasLetters(AuthorityList list) {
        return list.placedBySchool().values().stream().anyMatch(placed -> !placed.isEmpty());
    }

    private static void page(StringBuilder html, RunData data, String authority, School school,
            List<PlannedPlacement> placed, KiContact ki) {
        html.append("<section class=\"brief\" data-schule=\"").append(Html.escape(school.schoolNumber())).append("\">\n")
                .append("<div class=\"kopf\"><div>").append(FamilyLetterWriter.contactLines(ki)).append("</div><div>")
                .append(GermanDates.format(data.run().planningDate())).append("</div></div>\n")
                .append("<div class=\"anschrift\">An die Schulleitung<br>")
                .append(FamilyLetterWriter.schoolLines(school)).append("<br>Schulnummer ")
                .append(Html.escape(school.schoolNumber())).append("</div>\n")
                .append("<h1>Zuweisung neu zugewanderter Kinder</h1>\n")
                .append("<p>Sehr geehrte Damen und Herren,</p>\n<p>nach der Planung vom ")
                .append(GermanDates.format(data.run().planningDate())).append(" (Lauf ").append(data.run().id())
                .append(") sind Ihrer Schule die folgenden ").append(placed.size() == 1 ? "Kind" : placed.size() + " Kinder")
                .append(" zugedacht; die Entscheidung liegt bei der Schulaufsicht (").append(Html.escape(authority))
                .append("). Die Familien erhalten ein Schreiben mit Ihrer Anschrift und melden ihr Kind im Sekretariat an. "
                        + "Bitte teilen Sie der Schulaufsicht mit, ob Sie ein Kind aufnehmen oder mit welchem Grund nicht "
                        + "(Spalte „Entscheidung“ der Zuweisungsliste oder im Arbeitsbereich von Schulplatz).</p>\n")
                .append("<table class=\"liste\"><thead><tr><th>Fallnummer</th><th>Name</th><th>Geburtsdatum</th>"
                        + "<th>Jahrgang</th><th>Gruppe</th><th>Familiensprache</th><th>Dolmetschsprache</th>"
                        + "<th>Beginn</th><th>Status</th></tr></thead><tbody>\n");
        placed.stream().sorted(Comparator.comparingInt(PlannedPlacement::grade).thenComparing(PlannedPlacement::caseNumber))
                .forEach(placement -> {
                    Pupil pupil = data.pupil(placement);
                    html.append("<tr><td>").append(Html.escape(pupil.caseNumber())).append("</td><td>")
                            .append(Html.escape(pupil.lastName() + ", " + pupil.firstName())).append("</td><td>")
                            .append(pupil.birthDate() == null ? "" : GermanDates.format(pupil.birthDate()))
                            .append("</td><td>").append(placement.grade()).append("</td><td>")
                            .append(Html.escape(placement.groupKind() == null ? "" : placement.groupKind().label()))
                            .append("</td><td>").append(Html.escape(pupil.familyLanguage())).append("</td><td>")
                            .append(Html.escape(pupil.interpreterLanguage())).append("</td><td>")
                            .append(placement.startDate() == null ? "" : GermanDates.format(placement.startDate()))
                            .append("</td><td>").append(Html.escape(placement.statusText())).append("</td></tr>\n");
                });
        html.append("</tbody></table>\n<p>Fragen beantwortet das Kommunale Integrationszentrum: ")
                .append(FamilyLetterWriter.contactLines(ki).replace("<br>", ", "))
                .append(ki.phone() == null || ki.phone().isBlank() ? "" : ", Telefon " + Html.escape(ki.phone()))
                .append(ki.email() == null || ki.email().isBlank() ? "" : ", " + Html.escape(ki.email()))
                .append(".</p>\n<p>Mit freundlichen Grüßen<br>").append(Html.escape(ki.name())).append("</p>\n")
                .append("<p class=\"vertraulich\">").append(TableSheet.CONFIDENTIAL).append("</p>\n</section>\n");
    }

    private static final String STYLE = """
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><title>Schulbriefe</title>
            <style>
            @page { size: A4 landscape; margin: 14mm; }
            body { font-family: %s; font-size: 9.5pt; line-height: 1.35; margin: 0; }
            .brief { break-after: page; }
            .brief:last-child { break-after: auto; }
            .kopf { display: flex; justify-content: space-between; font-size: 8.5pt; }
            .anschrift { margin: 6mm 0 5mm; }
            h1 { font-size: 13pt; margin: 0 0 2mm; }
            p { margin: 0 0 2mm; }
            table.liste { width: 100%%; border-collapse: collapse; margin: 2mm 0 4mm; }
            table.liste th, table.liste td { border: 0.2mm solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            table.liste thead { display: table-header-group; }
            .vertraulich { font-size: 8pt; margin-top: 4mm; }
            </style></head><body>
            """.formatted(FamilyLetterWriter.FONTS);

}
