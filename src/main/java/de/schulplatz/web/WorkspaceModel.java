package de.schulplatz.web;

import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame needs: who is logged in and which menu entries and buttons that user gets. */
@ControllerAdvice(basePackageClasses = WorkspaceModel.class)
@ConditionalOnWebApplication
class WorkspaceModel {

    /** The logged-in user as the templates see it; null on the login page. */
    public record User(String name, String roleLabel, String authority, boolean mayPlan, boolean isAdmin,
            boolean isSchoolAuthority) {

        static User of(Account account) {
            return new User(account.getUsername(), account.role().label(), account.schoolAuthority(),
                    account.role() != Role.SCHULAUFSICHT, account.role() == Role.ADMIN, account.isSchoolAuthority());
        }
    }

    @ModelAttribute("user")
    User user(@AuthenticationPrincipal Account account) {
        return account == null ? null : User.of(account);
    }
}
