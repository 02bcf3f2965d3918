package org.grpokg.catalogue.facets;

import java.util.Locale;
import java.util.Optional;

/**
 * A facet a list can state in a table column: the entry-file key its facts go under and the
 * taxonomy scheme its values are concepts of (null for base models, which are Hugging Face ids).
 */
public enum Facet {
    ALGORITHMS("algorithms", "algorithm", "an RL algorithm"),
    BASE_MODELS("baseModels", null, "a base model"),
    MODALITIES("modalities", "modality", "a modality"),
    DOMAINS("domains", "domain", "a task or domain"),
    FRAMEWORKS("frameworks", "framework", "a framework");

    private final String key;
    private final String scheme;
    private final String what;

    Facet(String key, String scheme, String what) {
        this.key = key;
        this.scheme = scheme;
        this.what = what;
    }

    /** The key of the entry file ({@code algorithms}, {@code baseModels} ...). */
    public String key() {
        return key;
    }

    /** The taxonomy scheme of its values; null for base models. */
    public String scheme() {
        return scheme;
    }

    /** "an RL algorithm", for reports. */
    public String what() {
        return what;
    }

    /**
     * The facet a column header names, if any: {@code RL}, {@code RL Algorithm} → algorithms;
     * {@code Base model}, {@code Backbone} → base models; {@code Modality}, {@code Input Modality} →
     * modalities ({@code Output Modality} is not the input); {@code Task}, {@code Task Type},
     * {@code Domain} → domains; {@code RL Framework}, {@code Framework} → frameworks.
     */
    public static Optional<Facet> ofHeader(String header) {
        String h = " " + header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim() + " ";
        if (h.contains(" output ")) {
            return Optional.empty();
        }
        if (h.contains("framework") || h.contains(" codebase")) {
            return Optional.of(FRAMEWORKS);
        }
        if (h.contains(" base model") || h.contains("backbone") || h.contains(" base llm") || h.contains(" base mllm")
                || h.contains(" base lmm") || h.contains(" policy model") || h.equals(" base ")) {
            return Optional.of(BASE_MODELS);
        }
        if (h.contains(" rl ") || h.contains("algorithm")) {
            return Optional.of(ALGORITHMS);
        }
        if (h.contains("modalit")) {
            return Optional.of(MODALITIES);
        }
        if (h.contains(" task") || h.contains(" domain") || h.contains(" application")) {
            return Optional.of(DOMAINS);
        }
        return Optional.empty();
    }
}
