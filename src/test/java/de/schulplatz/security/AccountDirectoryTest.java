package de.schulplatz.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.security.SecuritySettings.UserEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The start-up rules for users, tested directly (a refused start cannot share the test context). */
class AccountDirectoryTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    // Cost 4: the rules do not depend on the cost, the test time does.
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    private static String hash(String password) {
        return "{bcrypt}" + BCRYPT.encode(password);
    }

    private static UserEntry user(String username, String password, String role, String authority) {
        return new UserEntry(username, hash(password), role, authority);
    }

    private static AccountDirectory directory(boolean demo, UserEntry... users) {
        return AccountDirectory.fromSettings(new SecuritySettings(demo, List.of(users)), ENCODER);
    }

    @Test
    void configuredUsersGetTheirRoleAndAuthority() {
        AccountDirectory directory = directory(false,
                user("mueller", "Lange-Sichere-Phrase-1", "ADMIN", null),
                user("kaya", "Lange-Sichere-Phrase-2", "beratung", null),
                user("lippe", "Lange-Sichere-Phrase-3", "SCHULAUFSICHT", "Schulamt für den Kreis Lippe"));

        assertThat(directory.accounts()).extracting(Account::getUsername, Account::role, Account::schoolAuthority)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mueller", Role.ADMIN, null),
                        org.assertj.core.groups.Tuple.tuple("kaya", Role.BERATUNG, null),
                        org.assertj.core.groups.Tuple.tuple("lippe", Role.SCHULAUFSICHT, "Schulamt für den Kreis Lippe"));
        Account lippe = (Account) directory.loadUserByUsername("lippe");
        assertThat(lippe.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SCHULAUFSICHT");
        assertThat(lippe.mayReadListOf("Schulamt für den Kreis Lippe")).isTrue();
        assertThat(lippe.mayReadListOf("Bezirksregierung Detmold")).isFalse();
    }

    @Test
    void erasingTheCredentialsOfALoginLeavesTheStoredAccountIntact() {
        AccountDirectory directory = directory(false, user("mueller", "Lange-Sichere-Phrase-1", "ADMIN", null));

        ((Account) directory.loadUserByUsername("mueller")).eraseCredentials();

        assertThat(ENCODER.matches("Lange-Sichere-Phrase-1", directory.loadUserByUsername("mueller").getPassword()))
                .isTrue();
    }

    @Test
    void withoutUsersTheServiceRefusesToStart() {
        assertThatThrownBy(() -> directory(false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kein Benutzer eingerichtet")
                .hasMessageContaining("schulplatz.security.demo=true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "Admin", "passwort", "password", "changeme", "schulplatz", "demo", "123456",
            "demo-admin"})
    void aWellKnownPasswordIsRefused(String password) {
        assertThatThrownBy(() -> directory(false, user("mueller", password, "ADMIN", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Benutzer „mueller“ hat ein bekanntes Standardpasswort")
                .hasMessageContaining("schulplatz.security.users[0].password");
    }

    @Test
    void theUsernameAsPasswordIsRefused() {
        assertThatThrownBy(() -> directory(false,
                user("mueller", "Lange-Sichere-Phrase-1", "ADMIN", null),
                user("kaya", "kaya", "BERATUNG", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Benutzer „kaya“ hat ein bekanntes Standardpasswort")
                .hasMessageNotContaining("mueller");
    }

    @Test
    void aSchoolAuthorityUserNeedsItsAuthorityAndOtherRolesHaveNone() {
        assertThatThrownBy(() -> directory(false, user("lippe", "Lange-Sichere-Phrase-3", "SCHULAUFSICHT", " ")))
                .hasMessageContaining("schulplatz.security.users[0].authority fehlt");
        assertThatThrownBy(() -> directory(false,
                user("mueller", "Lange-Sichere-Phrase-1", "ADMIN", "Bezirksregierung Detmold")))
                .hasMessageContaining("authority gilt nur für die Rolle SCHULAUFSICHT");
    }

    @Test
    void malformedEntriesAreAllReportedTogether() {
        assertThatThrownBy(() -> directory(false,
                new UserEntry("a b", hash("Lange-Sichere-Phrase-1"), "ADMIN", null),
                new UserEntry("kaya", "{noop}Lange-Sichere-Phrase-2", "BERATUNG", null),
                new UserEntry("lippe", "$2a$04$" + "x".repeat(53), "SCHULAUFSICHT", "Bezirksregierung Detmold"),
                new UserEntry("ott", "{bcrypt}kein-hash", "ADMIN", null),
                new UserEntry("ott", hash("Lange-Sichere-Phrase-4"), "CHEF", null),
                new UserEntry("roth", null, "ADMIN", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Benutzereinstellungen unzulässig: ")
                .hasMessageContaining("users[0].username fehlt oder enthält Leer- oder Sonderzeichen")
                .hasMessageContaining("users[1].password: Verfahren {noop} ist nicht erlaubt")
                .hasMessageContaining("users[2].password ist kein Hash mit Kennung wie {bcrypt}")
                .hasMessageContaining("users[3].password ist kein gültiger {bcrypt}-Hash")
                .hasMessageContaining("users[4]: Benutzer „ott“ ist doppelt eingerichtet")
                .hasMessageContaining("users[4].role muss eine von ADMIN, BERATUNG, SCHULAUFSICHT sein")
                .hasMessageContaining("users[5].password fehlt");
    }

    @Test
    void demoModeAddsTheDocumentedDemoUsersAndAllowsWeakPasswords() {
        AccountDirectory directory = directory(true, user("kaya", "kaya", "BERATUNG", null));

        assertThat(directory.accounts()).extracting(Account::getUsername)
                .containsExactly("admin", "beratung", "schulamt", "bezreg", "kaya");
        for (AccountDirectory.DemoUser demo : AccountDirectory.DEMO_USERS) {
            Account account = (Account) directory.loadUserByUsername(demo.username());
            assertThat(ENCODER.matches(demo.password(), account.getPassword())).isTrue();
            assertThat(account.role()).isEqualTo(demo.role());
        }
        assertThat(((Account) directory.loadUserByUsername("schulamt")).schoolAuthority())
                .isEqualTo("Schulamt für den Kreis Lippe");
        assertThat(((Account) directory.loadUserByUsername("bezreg")).schoolAuthority())
                .isEqualTo("Bezirksregierung Detmold");
    }

    @Test
    void demoModeStillRefusesMalformedEntries() {
        assertThatThrownBy(() -> directory(true, new UserEntry("kaya", "{noop}kaya", "BERATUNG", null)))
                .hasMessageContaining("Verfahren {noop} ist nicht erlaubt");
    }

    @Test
    void aSchulaufsichtSpelledOtherwiseSeesTheListsOfItsOfficialName() {
        AccountDirectory directory = AccountDirectory.fromSettings(new SecuritySettings(false, List.of(
                user("amt", "Lange-Sichere-Phrase-4", "SCHULAUFSICHT", "Schulamt fuer den  Kreis Lippe"))), ENCODER,
                Authorities.fromClasspath()::resolve);

        assertThat(directory.accounts()).singleElement()
                .satisfies(account -> assertThat(account.schoolAuthority()).isEqualTo("Schulamt für den Kreis Lippe"));
    }

    @Test
    void controlCharactersInLoggedPathsAreReplaced() {
        assertThat(DeniedAccessHandler.printable("/api/runs\r\nWARN forged")).isEqualTo("/api/runs??WARN forged");
    }
}
