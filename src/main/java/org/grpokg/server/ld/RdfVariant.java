package org.grpokg.server.ld;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/** The forms a resource is served in: a page, or its description in one of four RDF syntaxes. */
public enum RdfVariant {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

    private final String mediaType;
    private final String formatParam;
    private final RDFFormat rdfFormat;

    RdfVariant(String mediaType, String formatParam, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.formatParam = formatParam;
        this.rdfFormat = rdfFormat;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The value of {@code ?format=} that asks for this form. */
    public String formatParam() {
        return formatParam;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** The content type sent, with the charset for the text forms. */
    public String contentType() {
        return this == HTML || this == TURTLE || this == NTRIPLES ? mediaType + "; charset=utf-8" : mediaType;
    }

    public static List<RdfVariant> rdfOnly() {
        return Arrays.stream(values()).filter(RdfVariant::isRdf).toList();
    }

    public static Optional<RdfVariant> ofFormatParam(String p) {
        String key = p.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.formatParam.equals(key)
                || v == TURTLE && key.equals("turtle") || v == RDFXML && key.equals("rdfxml") || v == NTRIPLES && key.equals("ntriples")
                || v == JSONLD && key.equals("json-ld")).findFirst();
    }
}
