package de.schulplatz.web;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.batch.RunAlreadyActiveException;
import de.schulplatz.security.WorkspaceDenials;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the workspace as German pages. Denials go back to Spring Security (which logs, audits and
 * forwards to {@code /verweigert}); messages of unexpected failures are never shown, because a database
 * message may quote a row with personal data.
 */
@Controller
@ControllerAdvice(basePackageClasses = WorkspaceErrors.class)
@ConditionalOnWebApplication
class WorkspaceErrors {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceErrors.class);

    /** Raised by the pages: the thing asked for does not exist or cannot be done. */
    static final class PageException extends RuntimeException {

        private final HttpStatus status;

        PageException(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        static PageException notFound(String message) {
            return new PageException(HttpStatus.NOT_FOUND, message);
        }

        /** A document program this machine lacks or that failed (503): nothing the user can fix by retrying. */
        static PageException unavailable(String message) {
            return new PageException(HttpStatus.SERVICE_UNAVAILABLE, message);
        }
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(RequestRefusedException.class)
    ModelAndView refused(RequestRefusedException e) {
        return page(HttpStatus.valueOf(e.httpStatus()), e.getMessage());
    }

    @ExceptionHandler(PageException.class)
    ModelAndView refused(PageException e) {
        return page(e.status, e.getMessage());
    }

    @ExceptionHandler(RunAlreadyActiveException.class)
    ModelAndView runActive(RunAlreadyActiveException e) {
        return page(HttpStatus.CONFLICT, e.getMessage());
    }

    /** A mistyped address (e.g. a run number that is no number) gets a German page, not the internal error. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            boolean number = mismatch.getRequiredType() != null
                    && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(mismatch.getRequiredType()));
            return page(HttpStatus.BAD_REQUEST, "Die Angabe „" + mismatch.getName() + "“ "
                    + (number ? "muss eine Zahl sein." : "ist ungültig."));
        }
        return page(HttpStatus.BAD_REQUEST, "Die Angabe „"
                + ((MissingServletRequestParameterException) e).getParameterName() + "“ fehlt.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            // Spring MVC's own refusals (unknown path, unsupported method, ...) keep their status.
            HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
            return page(status, status == HttpStatus.NOT_FOUND ? "Diese Seite gibt es nicht."
                    : "Anfrage nicht möglich (" + status.value() + ").");
        }
        log.error("Workspace request failed: {}", e.getClass().getName());
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Interner Fehler; bitte die Administration informieren.");
    }

    /** The page Spring Security forwards to after a denial (any method: the forward keeps it). */
    @RequestMapping("/verweigert")
    String deniedPage(HttpServletRequest request, Model model) {
        Object message = request.getAttribute(WorkspaceDenials.MESSAGE);
        model.addAttribute("status", HttpStatus.FORBIDDEN.value());
        model.addAttribute("title", "Keine Berechtigung");
        model.addAttribute("message", message != null ? message : "Keine Berechtigung für diese Seite.");
        return "fehler";
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("fehler", status);
        WorkspaceModel.addCurrentUser(page);
        page.addObject("status", status.value());
        page.addObject("title", switch (status) {
            case NOT_FOUND -> "Nicht gefunden";
            case FORBIDDEN -> "Keine Berechtigung";
            case CONFLICT -> "Nicht möglich";
            case BAD_REQUEST -> "Ungültige Angabe";
            default -> "Fehler";
        });
        page.addObject("message", message);
        return page;
    }
}
