package org.grpokg.server.lineage;

import org.grpokg.rdf.Iris;

/** The address on this server of a resource IRI: {@code https://w3id.org/grpo-kg/id/x} is answered at {@code /id/x}. */
final class LocalPath {

    private static final String BASE = Iris.BASE.substring(0, Iris.BASE.length() - "id/".length());

    private LocalPath() {
    }

    /** The local path for an IRI under the project's base; any other IRI is returned as it is. */
    static String of(String iri) {
        return iri.startsWith(BASE) ? "/" + iri.substring(BASE.length()) : iri;
    }
}
