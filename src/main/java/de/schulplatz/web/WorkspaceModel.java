package de.schulplatz.web;

import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page's frame needs: who is logged in and which menu entries and buttons that user gets. The
 * pages of this package get it as a model attribute; Spring Boot's error page (unknown address) through
 * the interceptor, so that it keeps the menu too.
 */
@ControllerAdvice(basePackageClasses = WorkspaceModel.class)
@ConditionalOnWebApplication
class WorkspaceModel implements WebMvcConfigurer {

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

    /** For views rendered outside the controllers' model (error pages): the logged-in user, if any. */
    static void addCurrentUser(ModelAndView page) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            page.addObject("user", User.of(account));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView page) {
                boolean rendersAPage = page != null && page.getViewName() != null
                        && !page.getViewName().startsWith("redirect:") && !page.getModel().containsKey("user");
                if (rendersAPage) {
                    addCurrentUser(page);
                }
            }
        });
    }
}
