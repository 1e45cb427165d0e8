package de.schulplatz.requests;

/**
 * A user's request refused with a German message for the user (no names of children): the thing asked for
 * does not exist, the request is incomplete or wrong, or it conflicts with the state (decided, running).
 * Thrown by the services behind API and workspace alike; each edge turns the {@link Refusal} into its
 * answer (HTTP status, error page).
 */
public class RequestRefusedException extends RuntimeException {

    /** The kind of refusal, with the HTTP status both edges answer with. */
    public enum Refusal {
        NOT_FOUND(404), INVALID(400), CONFLICT(409);

        private final int httpStatus;

        Refusal(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Refusal refusal;

    public RequestRefusedException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public int httpStatus() {
        return refusal.httpStatus();
    }

    public static RequestRefusedException notFound(String message) {
        return new RequestRefusedException(Refusal.NOT_FOUND, message);
    }

    public static RequestRefusedException invalid(String message) {
        return new RequestRefusedException(Refusal.INVALID, message);
    }

    public static RequestRefusedException conflict(String message) {
        return new RequestRefusedException(Refusal.CONFLICT, message);
    }
}
