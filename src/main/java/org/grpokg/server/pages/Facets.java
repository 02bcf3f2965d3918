package org.grpokg.server.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.describe.FacetCount;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Iris;

/**
 * What the catalogue table can be filtered by: kind, algorithm, base model, domain and modality,
 * each value with its entry count. Counted at build time into the store's summary, and again after each change through the server. A filter is
 * given in the address by a short key: {@code ?algorithm=grpo}, {@code ?baseModel=Qwen/Qwen2-VL-2B},
 * {@code ?kind=paper}; only keys listed here are accepted, so no request text reaches a query.
 */
public final class Facets {

    /** One filter: its request parameter, heading, and the property an entry has the value by. */
    public record Facet(String param, String heading, Node property, List<Option> options) {
        public Optional<Option> option(String key) {
            return options.stream().filter(o -> o.key().equals(key)).findFirst();
        }
    }

    public record Option(String key, String label, Node value, long entries) {
    }

    private final List<Facet> facets;

    private Facets(List<Facet> facets) {
        this.facets = facets;
    }

    /** Counts the values over the whole store. */
    public static Facets read(DatasetGraph dsg) {
        return of(FacetCount.count(dsg));
    }

    /** The filters from values counted earlier ({@link FacetCount}, e.g. from the store's summary). */
    public static Facets of(List<FacetCount> counts) {
        Map<Node, List<Option>> byProperty = new LinkedHashMap<>();
        for (FacetCount c : counts) {
            byProperty.computeIfAbsent(c.property(), k -> new ArrayList<>())
                    .add(new Option(key(c.value()), c.label(), c.value(), c.entries()));
        }
        byProperty.values().forEach(l -> l.sort(Comparator.comparing(Option::entries).reversed()
                .thenComparing(o -> o.label().toLowerCase())));
        List<Facet> facets = new ArrayList<>();
        facets.add(new Facet("kind", "Kind", org.apache.jena.vocabulary.RDF.type.asNode(), List.of(
                new Option("paper", "paper", GKG.Paper.asNode(), -1),
                new Option("survey", "survey", GKG.Survey.asNode(), -1),
                new Option("repository", "repository project", GKG.RepositoryProject.asNode(), -1))));
        facets.add(facet("algorithm", "Algorithm", GKG.usesAlgorithm.asNode(), byProperty));
        facets.add(facet("baseModel", "Base model", GKG.baseModel.asNode(), byProperty));
        facets.add(facet("domain", "Domain", GKG.hasDomain.asNode(), byProperty));
        facets.add(facet("modality", "Modality", GKG.hasModality.asNode(), byProperty));
        return new Facets(List.copyOf(facets));
    }

    private static Facet facet(String param, String heading, Node property, Map<Node, List<Option>> byProperty) {
        return new Facet(param, heading, property, List.copyOf(byProperty.getOrDefault(property, List.of())));
    }

    public List<Facet> all() {
        return facets;
    }

    /** The short key of a value: its IRI after {@code id/<kind>/}, decoded ({@code grpo}, {@code Qwen/Qwen2-VL-2B}). */
    static String key(Node value) {
        String iri = value.getURI();
        if (!iri.startsWith(Iris.BASE)) {
            return iri;
        }
        String rest = iri.substring(Iris.BASE.length());
        rest = rest.substring(rest.indexOf('/') + 1);
        return URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
