package de.schulplatz.api;

/** Body of every error answer of the API (the security layer answers 401 and 403 in the same shape). */
record ApiError(int status, String message) {
}
