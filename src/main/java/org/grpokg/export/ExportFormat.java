package org.grpokg.export;

import org.apache.jena.riot.RDFFormat;

/** The serialisations {@code export} writes. Only TriG keeps the per-source named graphs. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY, false),
    NTRIPLES(RDFFormat.NTRIPLES, false),
    JSONLD(RDFFormat.JSONLD_PRETTY, false),
    RDFXML(RDFFormat.RDFXML_PRETTY, false),
    TRIG(RDFFormat.TRIG_PRETTY, true),
    /** Not RDF: a BibTeX entry per work with an arXiv id ({@link BibtexWriter}). */
    BIBTEX(null, false);

    private final RDFFormat format;
    private final boolean datasetFormat;

    ExportFormat(RDFFormat format, boolean datasetFormat) {
        this.format = format;
        this.datasetFormat = datasetFormat;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    /** True when the format carries named graphs (the provenance of each fact). */
    public boolean isDatasetFormat() {
        return datasetFormat;
    }
}
