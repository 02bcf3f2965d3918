package org.grpokg.query;

/** A parameter the query does not declare, or a value that cannot be the RDF term its VALUES block holds. */
public final class QueryParameterException extends IllegalArgumentException {

    public QueryParameterException(String message) {
        super(message);
    }
}
