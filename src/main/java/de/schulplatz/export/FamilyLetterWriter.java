package de.schulplatz.export;

import de.schulplatz.documents.DocumentSettings.KiContact;
import de.schulplatz.documents.Html;
import de.schulplatz.documents.LetterTemplate;
import de.schulplatz.documents.LetterTemplates;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schools.School;
import de.schulplatz.schoolsystem.GermanDates;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The letters to families (Elternbrief, Zuweisungsschreiben), one page per placed child, as HTML for
 * {@link de.schulplatz.documents.PdfPrinter}: German on the left and, beside it paragraph by paragraph, the family's
 * language (right-to-left where its script runs so); the school with its address, the start, what to bring, the
 * travel-cost note where the way is beyond the threshold, and the KI's contact for help in the family's language.
 */
final class FamilyLetterWriter {

    /** One child's letter. */
    record Letter(Pupil pupil, PlannedPlacement placement, School school, Optional<LetterTemplate> familyLanguage) {
    }

    private FamilyLetterWriter() {
    }

    /** {@code Elternbriefe_<authority>.pdf}: the letters for children placed at this authority's schools. */
    static String fileName(String authority) {
        return "Elternbriefe_" + AuthorityList.fileStem(authority) + ".pdf";
    }

    /** The letters an authority's schools' children get, by the status at which the KI informs families. */
    static List<Letter> letters(RunData data, AuthorityList list, Set<PlacementStatus> statuses,
            LetterTemplates templates) {
        return list.placedBySchool().values().stream().flatMap(List::stream)
                .filter(p -> statuses.contains(p.status()))
                .sorted(Comparator.comparing(PlannedPlacement::schoolNumber).thenComparing(PlannedPlacement::caseNumber))
                .map(p -> letter(data, p, templates))
                .toList();
    }

    static Letter letter(RunData data, PlannedPlacement placement, LetterTemplates templates) {
        Pupil pupil = data.pupil(placement);
        String language = pupil.familyLanguage() != null ? pupil.familyLanguage() : pupil.interpreterLanguage();
        Optional<LetterTemplate> own = templates.forFamilyLanguage(language);
        if (own.isEmpty() && pupil.interpreterLanguage() != null) {
            own = templates.forFamilyLanguage(pupil.interpreterLanguage());
        }
        return new Letter(pupil, placement, data.schools().get(placement.schoolNumber()), own);
    }

    static String html(List<Letter> letters, LetterTemplate german, KiContact ki, LocalDate date) {
        StringBuilder html = new StringBuilder(STYLE);
        for (Letter letter : letters) {
            page(html, letter, german, ki, date);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void page(StringBuilder html, Letter letter, LetterTemplate german, KiContact ki, LocalDate date) {
        Pupil pupil = letter.pupil();
        PlannedPlacement placement = letter.placement();
        Map<String, String> values = new LinkedHashMap<>();
        // Isolated, so that a Latin name keeps its order inside right-to-left text.
        values.put("kind", "<bdi>" + Html.escape(pupil.firstName() + " " + pupil.lastName()) + "</bdi>");
        values.put("geburtsdatum", pupil.birthDate() == null ? "" : GermanDates.format(pupil.birthDate()));
        values.put("beginn", placement.startDate() == null ? "" : GermanDates.format(placement.startDate()));
        values.put("jahrgang", Integer.toString(placement.grade()));
        values.put("km", String.format(Locale.GERMANY, "%.1f", placement.distanceMetres() / 1000.0));
        Optional<LetterTemplate> own = letter.familyLanguage();
        html.append("<section class=\"brief\" data-fall=\"").append(Html.escape(pupil.caseNumber())).append("\">\n");
        html.append("<div class=\"kopf\"><div>").append(contactLines(ki)).append("</div><div>")
                .append(date == null ? "" : GermanDates.format(date)).append("<br>Fall ")
                .append(Html.escape(pupil.caseNumber())).append("</div></div>\n");
        html.append("<div class=\"anschrift\">An die Eltern und Sorgeberechtigten von<br>").append(values.get("kind"));
        if (pupil.address() != null) {
            html.append("<br>").append(Html.escape(pupil.address().street())).append("<br>")
                    .append(Html.escape(pupil.address().postalCode())).append(' ')
                    .append(Html.escape(pupil.address().city()));
        }
        html.append("</div>\n<table class=\"text\">\n");
        row(html, "<h1>" + text(german, "title", values) + "</h1>",
                own.map(t -> "<h1>" + text(t, "title", values) + "</h1>").orElse(null), own);
        for (String key : LetterTemplate.PARAGRAPHS) {
            if (key.equals("travel") && !placement.reimbursed()) {
                continue;
            }
            row(html, "<p>" + text(german, key, values) + "</p>", own.map(t -> "<p>" + text(t, key, values) + "</p>")
                    .orElse(null), own);
            if (key.equals("placed")) {
                String school = "<p class=\"schule\">" + schoolLines(letter.school()) + "</p>";
                row(html, school, own.isPresent() ? school : null, own);
            }
            if (key.equals("help")) {
                String contact = "<p class=\"kontakt\">" + contactLines(ki) + contactExtra(ki) + "</p>";
                row(html, contact, own.isPresent() ? contact : null, own);
            }
        }
        row(html, "<p>" + text(german, "closing", values) + "<br>" + Html.escape(ki.name()) + "</p>",
                own.map(t -> "<p>" + text(t, "closing", values) + "<br>" + Html.escape(ki.name()) + "</p>").orElse(null),
                own);
        html.append("</table>\n");
        own.filter(t -> !t.reviewed()).ifPresent(t -> html.append("<p class=\"hinweis\">Die Übersetzung (")
                .append(Html.escape(t.language())).append(") ist noch nicht von einer qualifizierten Übersetzerin oder "
                        + "einem qualifizierten Übersetzer geprüft; maßgeblich ist der deutsche Text.</p>\n"));
        html.append("</section>\n");
    }

    /** A template's paragraph, escaped, then filled with the escaped values: no text becomes markup. */
    private static String text(LetterTemplate template, String key, Map<String, String> values) {
        String filled = Html.escape(template.text(key));
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static void row(StringBuilder html, String german, String own, Optional<LetterTemplate> template) {
        html.append("<tr><td class=\"de\" lang=\"de\"").append(own == null ? " colspan=\"2\"" : "").append('>')
                .append(german).append("</td>");
        if (own != null) {
            LetterTemplate t = template.orElseThrow();
            html.append("<td class=\"fremd\" lang=\"").append(t.code()).append("\" dir=\"")
                    .append(t.rightToLeft() ? "rtl" : "ltr").append("\">").append(own).append("</td>");
        }
        html.append("</tr>\n");
    }

    static String schoolLines(School school) {
        StringBuilder lines = new StringBuilder("<bdi>").append(Html.escape(school.name())).append("</bdi>");
        if (school.address() != null) {
            lines.append("<br><bdi>").append(Html.escape(school.address().street())).append("</bdi><br><bdi>")
                    .append(Html.escape(school.address().postalCode())).append(' ')
                    .append(Html.escape(school.address().city())).append("</bdi>");
        }
        return lines.toString();
    }

    static String contactLines(KiContact ki) {
        StringBuilder lines = new StringBuilder("<bdi>").append(Html.escape(ki.name())).append("</bdi>");
        if (ki.address() != null && !ki.address().isBlank()) {
            lines.append("<br><bdi>").append(Html.escape(ki.address())).append("</bdi>");
        }
        return lines.toString();
    }

    private static String contactExtra(KiContact ki) {
        StringBuilder lines = new StringBuilder();
        if (ki.phone() != null && !ki.phone().isBlank()) {
            lines.append("<br><bdi dir=\"ltr\">☎ ").append(Html.escape(ki.phone())).append("</bdi>");
        }
        if (ki.email() != null && !ki.email().isBlank()) {
            lines.append("<br><bdi dir=\"ltr\">").append(Html.escape(ki.email())).append("</bdi>");
        }
        if (ki.hours() != null && !ki.hours().isBlank()) {
            lines.append("<br><bdi>").append(Html.escape(ki.hours())).append("</bdi>");
        }
        return lines.toString();
    }

    static final String FONTS = "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans Ethiopic', "
            + "'DejaVu Sans', sans-serif";

    private static final String STYLE = """
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><title>Elternbriefe</title>
            <style>
            @page { size: A4; margin: 15mm 15mm 14mm 15mm; }
            body { font-family: %s; font-size: 10pt; line-height: 1.35; color: #000; margin: 0; }
            .brief { break-after: page; }
            .brief:last-child { break-after: auto; }
            .kopf { display: flex; justify-content: space-between; font-size: 8.5pt; }
            .anschrift { margin: 10mm 0 7mm; }
            h1 { font-size: 13pt; margin: 0 0 2mm; }
            p { margin: 0; }
            table.text { width: 100%%; border-collapse: collapse; table-layout: fixed; }
            table.text td { vertical-align: top; padding: 0 0 2.2mm; overflow-wrap: anywhere; hyphens: auto; }
            td.de { padding-right: 5mm; }
            td.fremd { padding-left: 4mm; border-left: 0.3mm solid #888; }
            td.fremd[dir=rtl] { text-align: right; font-size: 10.5pt; }
            .schule { font-weight: bold; }
            .hinweis { font-size: 7.5pt; color: #333; margin-top: 4mm; }
            </style></head><body>
            """.formatted(FONTS);
}
