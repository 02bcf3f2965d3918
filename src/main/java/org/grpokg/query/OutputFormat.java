package org.grpokg.query;

/** How {@code query} prints results. Graph results (CONSTRUCT, DESCRIBE) print as Turtle, JSON-LD (json) or RDF/XML (xml). */
public enum OutputFormat {
    TABLE, CSV, TSV, JSON, XML
}
