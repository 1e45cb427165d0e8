package de.schulplatz.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload to the Eingang that is larger than the multipart limit with the page and a German
 * message. Runs before Spring Security because the container refuses to parse such a request, so the form's
 * CSRF token would be missing and the user would only see a denial. Uses the announced length; a request
 * without one is still stopped by the container's limit.
 */
@Component
@ConditionalOnWebApplication
@Order(-110) // before Spring Security's filter (-100)
class UploadSizeFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "zu-gross";

    private final long maxBytes;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUpload) {
        this.maxBytes = maxUpload.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HttpMethod.POST.matches(request.getMethod()) || !path.equals("/eingang");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (maxBytes > 0 && request.getContentLengthLong() > maxBytes) {
            // 303: the browser follows with GET, and the page says why nothing was received.
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + "/eingang?" + TOO_LARGE + "=1");
            return;
        }
        chain.doFilter(request, response);
    }
}
