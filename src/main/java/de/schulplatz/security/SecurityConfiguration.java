package de.schulplatz.security;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.schoolsystem.Authorities;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what in service mode. Only in a web application: the command-line modes start no web
 * server and need no users. The rules per URL are the one place that says which role may call which
 * endpoint; what a Schulaufsicht may see within an endpoint (its own authority only) is checked by the
 * endpoint, which throws {@link ScopeDeniedException}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    private static final String ADMIN = Role.ADMIN.name();
    private static final String BERATUNG = Role.BERATUNG.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccountDirectory accountDirectory(SecuritySettings settings, PasswordEncoder encoder, Authorities authorities) {
        AccountDirectory directory = AccountDirectory.fromSettings(settings, encoder, authorities::resolve);
        if (settings.demo()) {
            log.warn("DEMO MODE (schulplatz.security.demo=true): demo users {} have published passwords. "
                    + "Never use demo mode with real data.", AccountDirectory.DEMO_USERS.stream()
                    .map(AccountDirectory.DemoUser::username).collect(Collectors.joining(", ")));
        }
        Set<String> known = authorities.officialNames();
        directory.accounts().stream()
                .filter(account -> account.isSchoolAuthority() && !known.contains(account.schoolAuthority()))
                .forEach(account -> log.warn("User {}: authority '{}' is not an official NRW Schulaufsicht name; "
                        + "the user sees only lists of schools given exactly this authority",
                        account.getUsername(), account.schoolAuthority()));
        log.info("{} users configured", directory.accounts().size());
        return directory;
    }

    /**
     * The one authentication of form login and HTTP Basic: throttled per account and client address,
     * failures audited with the name tried and the address. As the only AuthenticationProvider bean it is
     * what Spring Security's global AuthenticationManager uses.
     */
    @Bean
    ThrottledAuthentication throttledAuthentication(AccountDirectory accounts, PasswordEncoder encoder,
            LoginSettings settings, Clock clock, AuditLog audit) {
        return new ThrottledAuthentication(accounts, encoder, new LoginThrottle(settings, clock), audit);
    }

    /**
     * Headers of every answer: no script, style or frame from elsewhere and none inline (the pages have
     * none), no referrer to other sites, no browser features the workspace does not use.
     */
    static void secureHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    DeniedAccessHandler deniedAccessHandler(AuditLog audit, JsonMapper json) {
        return new DeniedAccessHandler(audit, json);
    }

    /**
     * The REST API: HTTP Basic on every request, no session, no CSRF token (no cookies, so no CSRF risk).
     * Unlisted API paths are denied, so a new endpoint is closed until a rule names its roles.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, DeniedAccessHandler denied) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/runs", "/api/runs/*/restart", "/api/runs/*/stop")
                        .hasAnyRole(ADMIN, BERATUNG)
                        // Every role reads runs, lists, histories and files; a Schulaufsicht only its own.
                        .requestMatchers(HttpMethod.GET, "/api/runs", "/api/runs/*", "/api/runs/*/files",
                                "/api/runs/*/files/*", "/api/placements", "/api/pupils/*/history")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/overrides").hasAnyRole(ADMIN, BERATUNG)
                        .requestMatchers(HttpMethod.POST, "/api/overrides").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/override-proposals").hasAnyRole(ADMIN, BERATUNG)
                        .requestMatchers(HttpMethod.POST, "/api/override-proposals").hasAnyRole(ADMIN, BERATUNG)
                        .requestMatchers(HttpMethod.POST, "/api/override-proposals/*/accept",
                                "/api/override-proposals/*/reject")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/audit").hasRole(ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(denied)
                        .accessDeniedHandler(denied));
        secureHeaders(http);
        return http.build();
    }

    /**
     * Health, metrics and the OpenAPI description, read by scripts and monitoring: HTTP Basic, no session.
     * Health is public (status only; details for ADMIN via management.endpoint.health.roles), the other
     * actuator endpoints are for ADMIN, the OpenAPI description for any user.
     */
    @Bean
    @Order(2)
    SecurityFilterChain operationsSecurity(HttpSecurity http, DeniedAccessHandler denied) throws Exception {
        http.securityMatcher(request -> EndpointRequest.toAnyEndpoint().matches(request)
                        || request.getRequestURI().startsWith(request.getContextPath() + "/v3/api-docs"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(denied)
                        .accessDeniedHandler(denied));
        secureHeaders(http);
        return http.build();
    }

    /**
     * The browser workspace (package web): form login with a session, CSRF tokens on every form, and a
     * German page for denials. Unknown paths need a login; actions that change data name their roles here,
     * the pages check what a Schulaufsicht may see within them.
     */
    @Bean
    @Order(3)
    SecurityFilterChain workspaceSecurity(HttpSecurity http, AuditLog audit) throws Exception {
        WorkspaceDenials denials = new WorkspaceDenials(audit);
        // After the login the user returns to the page asked for, never to a browser's background request
        // (Chromium asks for /.well-known/...) or to the progress fragment the Übersicht reloads.
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/.well-known/")
                && !request.getRequestURI().equals(request.getContextPath() + "/laeufe/aktuell"));
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/css/**", "/js/**", "/favicon.ico", "/anmelden").permitAll()
                        .requestMatchers(HttpMethod.POST, "/laeufe", "/laeufe/**").hasAnyRole(ADMIN, BERATUNG)
                        .requestMatchers(HttpMethod.POST, "/downloads/*/dokumente").hasAnyRole(ADMIN, BERATUNG)
                        .requestMatchers("/eingang", "/eingang/**").hasAnyRole(ADMIN, BERATUNG)
                        .requestMatchers("/vorschlaege").hasAnyRole(ADMIN, BERATUNG)
                        .requestMatchers(HttpMethod.POST, "/schueler/*/korrekturen", "/schueler/*/korrekturen/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/schueler/*/vorschlaege/*/annehmen",
                                "/schueler/*/vorschlaege/*/ablehnen")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/schueler/*/vorschlaege").hasAnyRole(ADMIN, BERATUNG)
                        .requestMatchers(HttpMethod.POST, "/schueler/*/entscheidung").hasRole(Role.SCHULAUFSICHT.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/anmelden")
                        .usernameParameter("benutzername").passwordParameter("passwort")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(denials::loginFailed)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/abmelden").logoutSuccessUrl("/anmelden?abgemeldet"))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denials));
        secureHeaders(http);
        return http.build();
    }
}
