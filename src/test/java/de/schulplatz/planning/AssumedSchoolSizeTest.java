package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.School;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The size fair spread assumes for a school without one: setting, else median, else 400. */
class AssumedSchoolSizeTest {

    @Test
    void theMedianOfTheReportedSizesWhenTheSettingIsZero() {
        AssumedSchoolSize size = AssumedSchoolSize.of(List.of(school(100), school(300), school(900), school(null),
                school(0)), rules(0));

        assertThat(size).isEqualTo(new AssumedSchoolSize(300, AssumedSchoolSize.Basis.MEDIAN, 2));
        assertThat(size.sizeOf(school(null))).isEqualTo(300);
        assertThat(size.sizeOf(school(120))).isEqualTo(120);
    }

    @Test
    void theSettingWhenAboveZero() {
        assertThat(AssumedSchoolSize.of(List.of(school(100), school(null)), rules(250)))
                .isEqualTo(new AssumedSchoolSize(250, AssumedSchoolSize.Basis.SETTING, 1));
    }

    @Test
    void fourHundredWhenNoSchoolReportsItsSize() {
        assertThat(AssumedSchoolSize.of(List.of(school(null), school(null)), rules(0)))
                .isEqualTo(new AssumedSchoolSize(400, AssumedSchoolSize.Basis.DEFAULT, 2));
        assertThat(AssumedSchoolSize.Basis.DEFAULT.label()).contains("Standardwert 400");
    }

    private static RuleSettings rules(int assumed) {
        return new RuleSettings(false, false, 15, 25, 40, assumed);
    }

    private static School school(Integer pupils) {
        return new School("100001", "Schule", SchoolForm.GS, true,
                new Address(null, null, "Detmold", "05766020", new GeoPoint(51.94, 8.87), false),
                "Schulamt für den Kreis Lippe", pupils, false, true, List.of());
    }
}
