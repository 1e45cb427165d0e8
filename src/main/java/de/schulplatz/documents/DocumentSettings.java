package de.schulplatz.documents;

import de.schulplatz.planning.PlacementStatus;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The documents that leave the KI, {@code schulplatz.documents.*} (docs/output-format.md, „Dokumente“).
 *
 * @param enabled               whether the export writes PDFs and letters at all
 * @param chromium              headless Chromium, which prints letters (HTML) to PDF: the one renderer here that
 *                              shapes and orders every script of the letters correctly, digits in right-to-left
 *                              text included
 * @param office                LibreOffice, which prints an authority's workbook to PDF exactly as it prints itself
 * @param familyLetterStatuses  the statuses of a placement at which the family gets its letter
 * @param letterTemplates       a folder with the KI's own letter texts (one file per language), or null for the
 *                              texts in the jar
 * @param kiName                the KI as the letters name it, with its address, telephone, e-mail and office hours
 */
@ConfigurationProperties("schulplatz.documents")
public record DocumentSettings(boolean enabled, Path chromium, Path office, Set<PlacementStatus> familyLetterStatuses,
        Path letterTemplates, String kiName, String kiAddress, String kiPhone, String kiEmail, String kiHours) {

    public DocumentSettings {
        familyLetterStatuses = familyLetterStatuses == null || familyLetterStatuses.isEmpty()
                ? Set.of(PlacementStatus.VORGESCHLAGEN, PlacementStatus.FEST_ZUGEWIESEN, PlacementStatus.ZUGEWIESEN,
                        PlacementStatus.BESTAETIGT)
                : Set.copyOf(familyLetterStatuses);
    }

    /** The contact the letters give. */
    public KiContact contact() {
        return new KiContact(kiName, kiAddress, kiPhone, kiEmail, kiHours);
    }

    /** Who the families and schools turn to. */
    public record KiContact(String name, String address, String phone, String email, String hours) {
    }
}
