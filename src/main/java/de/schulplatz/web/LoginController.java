package de.schulplatz.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form; Spring Security checks the credentials (POST /anmelden) and ends the session (POST /abmelden). */
@Controller
@ConditionalOnWebApplication
class LoginController {

    /** @param locked minutes until the next attempt, after too many failed logins (only a number is shown) */
    @GetMapping("/anmelden")
    String login(@RequestParam(name = "gesperrt", required = false) String locked, Model model) {
        if (locked != null && locked.matches("\\d{1,3}")) {
            int minutes = Integer.parseInt(locked);
            model.addAttribute("lockedMessage", "Zu viele fehlgeschlagene Anmeldungen; bitte in " + minutes
                    + (minutes == 1 ? " Minute" : " Minuten") + " noch einmal versuchen.");
        }
        return "anmelden";
    }
}
