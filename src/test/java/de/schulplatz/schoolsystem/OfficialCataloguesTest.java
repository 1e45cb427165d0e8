package de.schulplatz.schoolsystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialCataloguesTest {

    private final OfficialCatalogues catalogues = OfficialCatalogues.get();

    @Test
    void familyLanguagesAreFoundByNameCodeOrTheNameAdvisersUse() {
        assertThat(catalogues.language("Arabisch")).hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("ar"));
        assertThat(catalogues.language("ar")).map(OfficialCatalogues.Language::name).hasValue("Arabisch");
        assertThat(catalogues.language("ukr")).map(OfficialCatalogues.Language::name).hasValue("Ukrainisch");
        assertThat(catalogues.language("Dari")).map(OfficialCatalogues.Language::name).hasValue("Persisch");
        assertThat(catalogues.language("Sorani")).map(OfficialCatalogues.Language::name).hasValue("Kurdisch");
        assertThat(catalogues.language("Kurmanji")).map(OfficialCatalogues.Language::name).hasValue("Kurdisch");
        assertThat(catalogues.language("Paschtu")).map(OfficialCatalogues.Language::name).hasValue("Paschto");
        assertThat(catalogues.language("Tigrinya")).map(OfficialCatalogues.Language::code).hasValue("ti");
        assertThat(catalogues.language("Klingonisch")).isEmpty();
    }

    @Test
    void countriesAreFoundByCodeNameOrNationality() {
        assertThat(catalogues.country("SYR")).hasValue("SYR");
        assertThat(catalogues.country("Syrien")).hasValue("SYR");
        assertThat(catalogues.country("syrisch")).hasValue("SYR");
        assertThat(catalogues.country("Ukraine")).hasValue("UKR");
        assertThat(catalogues.country("eritreisch")).hasValue("ERI");
        assertThat(catalogues.country("Atlantis")).isEmpty();
    }
}
