package org.grpokg.connect;

/**
 * A store that could not be used: not reachable, refusing the credentials, or not answering as a
 * SPARQL endpoint. The message is one line for the user.
 */
public final class EndpointException extends RuntimeException {

    public EndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
