package de.schulplatz.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and login of the OpenAPI description served at /v3/api-docs (for logged-in users). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OpenApiConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI schulplatzOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Schulplatz API").version("1")
                        .description("Planungsläufe, Zuweisungslisten, Korrekturen und Vorschläge, Dateien der Läufe "
                                + "und Protokoll. Anmeldung mit HTTP Basic; Rollen ADMIN, BERATUNG, SCHULAUFSICHT "
                                + "(sieht nur die Listen der eigenen Schulaufsicht)."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
