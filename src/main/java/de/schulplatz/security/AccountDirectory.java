package de.schulplatz.security;

import de.schulplatz.security.SecuritySettings.UserEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of the service, checked once at start-up. Outside demo mode the service must not run
 * with no users or with a password anyone could guess, because the API hands out children's names:
 * {@link #fromSettings} then refuses the start with a German message naming every problem.
 */
public final class AccountDirectory implements UserDetailsService {

    /** A demo user; the passwords are published in the documentation, so demo mode is for trying out only. */
    public record DemoUser(String username, String password, Role role, String authority) {
    }

    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "demo-admin", Role.ADMIN, null),
            new DemoUser("beratung", "demo-beratung", Role.BERATUNG, null),
            new DemoUser("schulamt", "demo-schulamt", Role.SCHULAUFSICHT, "Schulamt für den Kreis Lippe"),
            new DemoUser("bezreg", "demo-bezreg", Role.SCHULAUFSICHT, "Bezirksregierung Detmold"));

    /**
     * Passwords tried by anyone who finds a login: defaults of other products, the name of this one, the
     * demo passwords (copied from the documentation into a real configuration), and the username itself.
     */
    static final List<String> WELL_KNOWN_PASSWORDS = Stream.concat(Stream.of(
            "admin", "Admin", "administrator", "passwort", "Passwort", "password", "Password", "changeme",
            "schulplatz", "Schulplatz", "demo", "test", "geheim", "123456", "12345678", "123456789"),
            DEMO_USERS.stream().map(DemoUser::password)).toList();

    /** Ids of DelegatingPasswordEncoder whose hashes are slow enough for passwords. */
    private static final Set<String> ACCEPTED_ENCODINGS = Set.of("bcrypt", "pbkdf2", "pbkdf2@SpringSecurity_v5_8");
    private static final Pattern ENCODED = Pattern.compile("\\{([^}]*)}(.*)", Pattern.DOTALL);
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    /** Usernames appear in logs and the audit log: no spaces or control characters. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private final Map<String, Account> byUsername;

    private AccountDirectory(Map<String, Account> byUsername) {
        this.byUsername = byUsername;
    }

    /**
     * Checks the configured users and builds the directory; throws {@link IllegalStateException} with every
     * problem found when the service must not start.
     */
    public static AccountDirectory fromSettings(SecuritySettings settings, PasswordEncoder encoder) {
        return fromSettings(settings, encoder, Optional::of);
    }

    /**
     * @param officialAuthority the official spelling of a configured Schulaufsicht name (so that
     *                          "Schulamt fuer den Kreis Lippe" sees the lists of "Schulamt für den Kreis Lippe"),
     *                          empty when it names no official authority
     */
    static AccountDirectory fromSettings(SecuritySettings settings, PasswordEncoder encoder,
            Function<String, Optional<String>> officialAuthority) {
        List<String> problems = new ArrayList<>();
        Map<String, Account> accounts = new LinkedHashMap<>();
        if (settings.demo()) {
            for (DemoUser demo : DEMO_USERS) {
                accounts.put(demo.username(), new Account(demo.username(), encoder.encode(demo.password()),
                        demo.role(), demo.authority()));
            }
        } else if (settings.users().isEmpty()) {
            problems.add("es ist kein Benutzer eingerichtet; bitte schulplatz.security.users[0].username, "
                    + ".password ({bcrypt}-Hash), .role (" + Role.allNames() + ") und für SCHULAUFSICHT .authority "
                    + "setzen (zum Ausprobieren: schulplatz.security.demo=true)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < settings.users().size(); i++) {
            UserEntry entry = settings.users().get(i);
            String key = "schulplatz.security.users[" + i + "]";
            List<String> entryProblems = new ArrayList<>();
            String username = entry.username() == null ? "" : entry.username().strip();
            if (!USERNAME.matcher(username).matches()) {
                entryProblems.add(key + ".username fehlt oder enthält Leer- oder Sonderzeichen "
                        + "(erlaubt: Buchstaben, Ziffern, . _ @ -)");
            } else if (!seen.add(username)) {
                entryProblems.add(key + ": Benutzer „" + username + "“ ist doppelt eingerichtet");
            }
            Optional<Role> role = Role.parse(entry.role());
            if (role.isEmpty()) {
                entryProblems.add(key + ".role muss eine von " + Role.allNames() + " sein");
            }
            String authority = entry.authority() == null || entry.authority().isBlank() ? null
                    : officialAuthority.apply(entry.authority().strip()).orElse(entry.authority().strip());
            if (role.orElse(null) == Role.SCHULAUFSICHT && authority == null) {
                entryProblems.add(key + ".authority fehlt: für SCHULAUFSICHT den genauen Namen der Schulaufsicht "
                        + "angeben, z. B. „Schulamt für den Kreis Lippe“ oder „Bezirksregierung Detmold“");
            } else if (role.isPresent() && role.get() != Role.SCHULAUFSICHT && authority != null) {
                entryProblems.add(key + ".authority gilt nur für die Rolle SCHULAUFSICHT");
            }
            String hash = entry.password() == null ? "" : entry.password().strip();
            entryProblems.addAll(checkEncoding(key, hash));
            if (entryProblems.isEmpty() && !settings.demo() && isWellKnown(hash, username, encoder)) {
                entryProblems.add("Benutzer „" + username + "“ hat ein bekanntes Standardpasswort (oder seinen "
                        + "Benutzernamen) als Passwort; bitte ein eigenes Passwort setzen (" + key + ".password)");
            }
            problems.addAll(entryProblems);
            if (entryProblems.isEmpty()) {
                // A configured user replaces a demo user of the same name.
                accounts.put(username, new Account(username, hash, role.get(), authority));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Benutzereinstellungen unzulässig: " + String.join("; ", problems));
        }
        return new AccountDirectory(accounts);
    }

    private static List<String> checkEncoding(String key, String hash) {
        Matcher encoded = ENCODED.matcher(hash);
        if (hash.isEmpty()) {
            return List.of(key + ".password fehlt");
        }
        String hint = " ({bcrypt}-Hash erwartet, z. B. mit „htpasswd -nbBC 12 x PASSWORT“ erzeugt und "
                + "„{bcrypt}“ vorangestellt)";
        if (!encoded.matches()) {
            return List.of(key + ".password ist kein Hash mit Kennung wie {bcrypt}" + hint);
        }
        String id = encoded.group(1);
        String value = encoded.group(2);
        if (!ACCEPTED_ENCODINGS.contains(id)) {
            return List.of(key + ".password: Verfahren {" + id + "} ist nicht erlaubt" + hint);
        }
        boolean wellFormed = id.equals("bcrypt") ? BCRYPT.matcher(value).matches() : HEX.matcher(value).matches();
        return wellFormed ? List.of() : List.of(key + ".password ist kein gültiger {" + id + "}-Hash" + hint);
    }

    static boolean isWellKnown(String hash, String username, PasswordEncoder encoder) {
        // Slow hashes by design: check the candidates in parallel so that start-up stays quick.
        return Stream.concat(WELL_KNOWN_PASSWORDS.stream(), Stream.of(username)).parallel()
                .anyMatch(candidate -> encoder.matches(candidate, hash));
    }

    public List<Account> accounts() {
        return List.copyOf(byUsername.values());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = byUsername.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return account.copy();
    }
}
