package de.schulplatz.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security checks the credentials (POST /anmelden) and ends the session (POST /abmelden). */
@Controller
@ConditionalOnWebApplication
class LoginController {

    @GetMapping("/anmelden")
    String login() {
        return "anmelden";
    }
}
