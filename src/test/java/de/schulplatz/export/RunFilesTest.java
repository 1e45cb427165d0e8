package de.schulplatz.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who may read which file of a run: a Schulaufsicht its own lists of either job, the KI everything. */
class RunFilesTest {

    @Test
    void aSchulaufsichtReadsItsOwnPlacementAndTransitionListsOnly() {
        String detmold = "Bezirksregierung Detmold";

        assertThat(RunFiles.readableBy(detmold, "Zuweisungen_Bezirksregierung_Detmold.xlsx")).isTrue();
        assertThat(RunFiles.readableBy(detmold, "Uebergaenge_Bezirksregierung_Detmold.xlsx")).isTrue();
        assertThat(RunFiles.readableBy(detmold, "Uebergaenge_Schulamt_fuer_den_Kreis_Lippe.xlsx")).isFalse();
        assertThat(RunFiles.readableBy(detmold, "placements.csv")).isFalse();
        assertThat(RunFiles.readableBy(null, "placements.csv")).isTrue();
    }

    @Test
    void itsDocumentsTooButNoneOfAnotherAuthorityWhoseNameBeginsLikeIt() {
        String detmold = "Bezirksregierung Detmold";

        assertThat(RunFiles.readableBy(detmold, "Zuweisungen_Bezirksregierung_Detmold.pdf")).isTrue();
        assertThat(RunFiles.readableBy(detmold, "Elternbriefe_Bezirksregierung_Detmold.pdf")).isTrue();
        assertThat(RunFiles.readableBy(detmold, "Schulbriefe_Bezirksregierung_Detmold.pdf")).isTrue();
        assertThat(RunFiles.readableBy(detmold, "SVWS_Bezirksregierung_Detmold_123456.csv")).isTrue();
        assertThat(RunFiles.readableBy(detmold, "SVWS_Schulamt_fuer_den_Kreis_Lippe_123456.csv")).isFalse();
        assertThat(RunFiles.readableBy(detmold, "Elternbriefe_Schulamt_fuer_den_Kreis_Lippe.pdf")).isFalse();
        assertThat(RunFiles.readableBy("Bezirksregierung", "SVWS_Bezirksregierung_Detmold_123456.csv")).isFalse();
        assertThat(RunFiles.readableBy("Bezirksregierung", "Elternbriefe_Bezirksregierung_Detmold.pdf")).isFalse();
    }
}
