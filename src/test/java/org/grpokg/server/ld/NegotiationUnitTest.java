package org.grpokg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationUnitTest {

    private static final List<RdfVariant> ALL = List.of(RdfVariant.values());

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "NONE | HTML",
        "*/* | HTML",
        "text/turtle | TURTLE",
        "application/ld+json | JSONLD",
        "application/n-triples | NTRIPLES",
        "application/rdf+xml | RDFXML",
        "application/json | JSONLD",
        "application/xml | RDFXML",
        "text/plain | NTRIPLES",
        "text/html;q=0.5, text/turtle | TURTLE",
        "text/turtle;q=0.2, application/ld+json;q=0.8 | JSONLD",
        "text/*;q=0.9, text/turtle;q=0.1 | HTML",
        "text/turtle;q=0, */* | HTML",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        "application/*, text/html;q=0.1 | JSONLD",
        "image/png | NONE",
        "text/turtle;q=0 | NONE",
        "garbage | NONE"})
    void choosesByQualityThenSpecificityThenServerOrder(String accept, String expected) {
        Optional<RdfVariant> chosen = Negotiation.choose(accept, ALL);
        assertEquals(expected == null ? Optional.empty() : Optional.of(RdfVariant.valueOf(expected)), chosen, accept);
    }
}
