package de.schulplatz.documents;

/** A document could not be written; the message names the document and the tool, never its content. */
public class DocumentException extends RuntimeException {

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
