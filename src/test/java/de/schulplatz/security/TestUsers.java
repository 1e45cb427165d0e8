package de.schulplatz.security;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

/**
 * The users of application-test.properties, and MockMvc on the shared application context. MockMvc is
 * built by hand instead of with @AutoConfigureMockMvc, so every database test keeps one context (and one
 * embedded PostgreSQL).
 */
public enum TestUsers {
    ANONYM(null, null),
    ADMIN("admin", "Test-Admin-2026"),
    BERATUNG("beratung", "Test-Beratung-2026"),
    SCHULAMT("schulamt", "Test-Schulamt-2026"),
    BEZREG("bezreg", "Test-Bezreg-2026");

    public static final String SCHULAMT_LIPPE = "Schulamt für den Kreis Lippe";
    public static final String BEZREG_DETMOLD = "Bezirksregierung Detmold";

    private final String username;
    private final String password;

    TestUsers(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public String username() {
        return username;
    }

    /** HTTP Basic credentials; none for ANONYM. */
    public RequestPostProcessor login() {
        return this == ANONYM ? request -> request : SecurityMockMvcRequestPostProcessors.httpBasic(username, password);
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }
}
