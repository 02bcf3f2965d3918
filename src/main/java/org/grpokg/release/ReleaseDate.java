package org.grpokg.release;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.grpokg.model.PartialDate;

/** A release's date from the data: the newest day a work in it was issued (never the clock). */
public final class ReleaseDate {

    private ReleaseDate() {
    }

    public static Optional<LocalDate> newestIssued(Dataset graph) {
        return Txn.calculateRead(graph, () -> graph.getDefaultModel().listObjectsOfProperty(DCTerms.issued).toList().stream()
                .filter(o -> o.isLiteral())
                .map(o -> PartialDate.parse(((Literal) o).getLexicalForm()))
                .flatMap(Optional::stream)
                .map(PartialDate::toLocalDate)
                .flatMap(Optional::stream)
                .max(LocalDate::compareTo));
    }
}
