package org.grpokg.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.grpokg.rdf.GKG;

/** A column of the comparison: a property of a work whose values are listed by label. */
public enum Facet {
    ALGORITHMS("algorithms", "algorithm", "Algorithms", GKG.usesAlgorithm.asNode()),
    BASE_MODELS("baseModels", "baseModel", "Base models", GKG.baseModel.asNode()),
    DOMAINS("domains", "domain", "Domains", GKG.hasDomain.asNode()),
    MODALITIES("modalities", "modality", "Modalities", GKG.hasModality.asNode()),
    REWARDS("rewards", "reward", "Rewards", GKG.usesReward.asNode()),
    RECIPE("recipe", "recipe", "Recipe", GKG.usesRecipeElement.asNode()),
    FRAMEWORK("framework", "framework", "Frameworks", GKG.builtWith.asNode()),
    BENCHMARKS("benchmarks", "benchmark", "Benchmarks", GKG.evaluatedOn.asNode());

    /** The columns shown when {@code --by} is not given. */
    public static final List<Facet> DEFAULT = List.of(ALGORITHMS, BASE_MODELS, DOMAINS, REWARDS, RECIPE, FRAMEWORK, BENCHMARKS);

    private final String id;
    private final String singular;
    private final String heading;
    private final Node property;

    Facet(String id, String singular, String heading, Node property) {
        this.id = id;
        this.singular = singular;
        this.heading = heading;
        this.property = property;
    }

    public String id() {
        return id;
    }

    public String heading() {
        return heading;
    }

    public Node property() {
        return property;
    }

    /** The facet named {@code name}: its id or its singular, any case ({@code algorithms}, {@code algorithm}, {@code base-model}). */
    public static Optional<Facet> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return Arrays.stream(values())
                .filter(f -> f.id.toLowerCase(Locale.ROOT).equals(n) || f.singular.toLowerCase(Locale.ROOT).equals(n))
                .findFirst();
    }

    /** The facet ids, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Facet::id).toList());
    }
}
