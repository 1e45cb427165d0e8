package de.schulplatz.samples;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.schoolsystem.SchoolForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolListReaderTest {

    @TempDir
    Path temp;

    @Test
    void officialListGivesOperatingSchoolsOfTheRegionWithCoordinates() throws IOException {
        Path csv = write("nrw.csv",
                "\uFEFFSchulNr;RegSchl;KoRe;KoHo;ABez1;ABez2;PLZ;Ort;Strasse;SF;OeffPri;SchBetrSchl",
                "100001;766020;491583;5755482;Grundschule;Am Wall ;32756;Detmold;Wall 1;02;1;1",
                "100002;766020;491583;5755482;Geschlossene Schule;;32756;Detmold;Wall 2;02;1;6",
                "100003;315000;352258;5645500;Gymnasium in Köln;;50933;Köln;Ring 3;20;2;1",
                "100004;766020;;;Schule ohne Lage;;32756;Detmold;Wall 4;02;1;1",
                "100005;766020;491583;5755482;Studienkolleg;;32756;Detmold;Wall 5;25;2;1",
                "100006;766044;491000;5770000;Berufskolleg Lemgo;;32657;Lemgo;Weg 6;30;2;1");

        List<SampleSchool> schools = SchoolListReader.operatingSchools(csv, "766");

        assertThat(schools).extracting(SampleSchool::number).containsExactly("100001", "100006");
        SampleSchool first = schools.get(0);
        assertThat(first.name()).isEqualTo("Grundschule Am Wall");
        assertThat(first.form()).isEqualTo(SchoolForm.GS);
        assertThat(first.publicSchool()).isTrue();
        assertThat(first.municipalityKey()).isEqualTo("05766020");
        assertThat(first.easting()).isEqualTo(491583);
        assertThat(first.position().latitude()).isBetween(51.9, 52.0);
        assertThat(schools.get(1).publicSchool()).isFalse();
        assertThat(SchoolListReader.operatingSchools(csv, "")).hasSize(3);
    }

    @Test
    void kreisExtractGivesTheSchoolsOfOneKreis() throws IOException {
        Path csv = write("kreise.csv",
                "Kreis;SchulNr;RegSchl;Gemeinde;SF;OeffPri;Name;PLZ;Ort;Strasse;UTM_E;UTM_N;lat;lon",
                "766;100035;05766020;Detmold;30;2;Berufskolleg Detmold;32756;Detmold;Georgstr. 24;491583;5755482;51.94998;8.87753",
                "970;100036;05970001;Siegen;02;1;Grundschule Siegen;57072;Siegen;Weg 1;436000;5636000;50.87;7.99",
                "766;100037;05766020;Detmold;99;1;Unbekannte Form;32756;Detmold;Weg 2;491583;5755482;51.94998;8.87753");

        List<SampleSchool> schools = SchoolListReader.kreisSchools(csv, "766");

        assertThat(schools).singleElement().satisfies(school -> {
            assertThat(school.form()).isEqualTo(SchoolForm.BK);
            assertThat(school.municipalityKey()).isEqualTo("05766020");
            assertThat(school.municipality()).isEqualTo("Detmold");
            assertThat(school.position().longitude()).isEqualTo(8.87753);
            assertThat(school.northing()).isEqualTo(5755482);
        });
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(temp.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }
}
