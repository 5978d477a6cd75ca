package org.ioedc.web.input;

/** The request body is not one JSON document in UTF-8, or there is none where the call needs one. */
public class MalformedBodyException extends RuntimeException {
    public MalformedBodyException(String message) {
        super(message);
    }
}
