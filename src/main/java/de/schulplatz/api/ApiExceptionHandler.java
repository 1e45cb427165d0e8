package de.schulplatz.api;

import de.schulplatz.batch.RunAlreadyActiveException;
import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.overrides.OverrideRejectedException;
import de.schulplatz.logging.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns failures of the API into JSON with a German message. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<ApiError> refused(RequestRefusedException e) {
        return error(HttpStatus.valueOf(e.httpStatus()), e.getMessage());
    }

    @ExceptionHandler(RunAlreadyActiveException.class)
    ResponseEntity<ApiError> runActive(RunAlreadyActiveException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(OverrideRejectedException.class)
    ResponseEntity<ApiError> overrideRejected(OverrideRejectedException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "Korrektur abgelehnt: " + e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "Ungültiger Wert für „" + e.getName() + "“");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "Angabe „" + e.getParameterName() + "“ fehlt");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "Der Inhalt der Anfrage ist kein gültiges JSON dieses Formats");
    }

    /** Denials go back to Spring Security, which answers, logs and audits them in one place. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse response) {
            // Spring MVC's own refusals (unsupported method or media type, ...) keep their status.
            HttpStatusCode status = response.getStatusCode();
            return ResponseEntity.status(status).body(new ApiError(status.value(), "Anfrage nicht möglich ("
                    + status.value() + ")"));
        }
        // Messages are left out: a database driver's message quotes the row, which may hold personal data.
        log.error("API request failed: {}", Failures.withoutMessages(e));
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Interner Fehler; bitte die Administration informieren");
    }

    static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message));
    }
}
