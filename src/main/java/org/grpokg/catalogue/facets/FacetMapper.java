package org.grpokg.catalogue.facets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.grpokg.model.BaseModel;
import org.grpokg.model.ConceptLabels;
import org.grpokg.model.Fact;
import org.grpokg.model.Listing;

/**
 * Turns what a list states about an entry into facts of the graph's vocabulary: the cells of its
 * facet columns (RL algorithm, base model, modality, task or domain, framework; see
 * {@link Facet#ofHeader}) and the headings and tags above it (modality and domain only). Concepts
 * are matched by the labels of the taxonomies ({@link ConceptMatcher}), base models by name against
 * the models of data/models ({@link ModelName}); a value that matches nothing, or names a model
 * data/models lacks, is reported and becomes no fact. The public entry of the facet stage.
 */
public final class FacetMapper {

    private final Map<Facet, ConceptMatcher> concepts = new EnumMap<>(Facet.class);
    private final Map<ModelName, String> models = new LinkedHashMap<>();
    private final Map<List<String>, String> families = new LinkedHashMap<>();
    /** Headings repeat over every entry under them: their concepts are matched once (bounded, for huge lists). */
    private final Map<String, Map<Facet, Set<String>>> hintCache = new java.util.HashMap<>();

    /**
     * @param labels the taxonomies' concepts and labels
     * @param known  the models of data/models: the only base models a fact may name
     */
    public FacetMapper(ConceptLabels labels, List<BaseModel> known) {
        for (Facet f : Facet.values()) {
            if (f.scheme() != null) {
                concepts.put(f, new ConceptMatcher(labels.scheme(f.scheme())));
            }
        }
        for (BaseModel m : known) {
            ModelName n = ModelName.of(m.id());
            models.putIfAbsent(n, m.id());
            families.putIfAbsent(n.family(), m.family() != null ? m.family() : m.id().replaceFirst(".*/", ""));
            if (m.family() != null) {
                families.putIfAbsent(ModelName.of(m.family()).family(), m.family());
            }
        }
    }

    /** The facts {@code listing} states, each citing {@code sourceId} (the list's source in the entry file). */
    public ListedFacets map(Listing listing, String sourceId) {
        Map<Facet, Map<String, Fact>> facts = new EnumMap<>(Facet.class);
        List<FacetProblem> problems = new ArrayList<>();
        List<ListedFacets.Cell> cells = new ArrayList<>();
        int line = listing.source().line();
        for (Map.Entry<String, String> note : listing.notes().entrySet()) {
            Optional<Facet> facet = Facet.ofHeader(note.getKey());
            if (facet.isEmpty() || CellValues.isNothing(note.getValue())) {
                continue;
            }
            Facet f = facet.get();
            String column = note.getKey().replaceAll("[*_`]", "").trim();
            List<String> values = new ArrayList<>(CellValues.split(note.getValue()));
            if (f == Facet.BASE_MODELS) {
                for (int i = 1; i < values.size(); i++) {
                    // "Qwen2.5-VL-3B/7B": a size alone is the model before it at that size
                    if (values.get(i).matches("(?i)\\d+(\\.\\d+)?[bm]") && values.get(i - 1).matches("(?i).*\\d+(\\.\\d+)?[bm](\\W.*)?")) {
                        values.set(i, values.get(i - 1).replaceFirst("(?i)\\d+(\\.\\d+)?[bm](?![a-z])", values.get(i)));
                    }
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            boolean mapped = false;
            for (String value : values) {
                String note0 = "line " + line + ", " + column + ": " + note.getValue().trim();
                if (f == Facet.BASE_MODELS) {
                    Optional<String> id = model(value, column, listing, problems);
                    if (id.isPresent()) {
                        facts.computeIfAbsent(f, k -> new LinkedHashMap<>()).putIfAbsent(id.get(), new Fact(id.get(), sourceId, note0));
                        mapped = true;
                    }
                    continue;
                }
                Set<String> ids = concepts.get(f).match(value);
                if (ids.isEmpty()) {
                    problems.add(new FacetProblem(listing.source(), column, value, "matches no " + f.what().replaceFirst("^an? ", "")));
                }
                for (String id : ids) {
                    facts.computeIfAbsent(f, k -> new LinkedHashMap<>()).putIfAbsent(id, new Fact(id, sourceId, note0));
                    mapped = true;
                }
            }
            cells.add(new ListedFacets.Cell(f, column, note.getValue().trim(), mapped));
        }
        for (String hint : listing.hints()) {
            Map<Facet, Set<String>> matched = hintCache.get(hint);
            if (matched == null) {
                matched = new EnumMap<>(Facet.class);
                for (Facet f : List.of(Facet.MODALITIES, Facet.DOMAINS)) {
                    matched.put(f, concepts.get(f).match(hint));
                }
                if (hintCache.size() < 10_000) {
                    hintCache.put(hint, matched);
                }
            }
            for (Facet f : List.of(Facet.MODALITIES, Facet.DOMAINS)) {
                for (String id : matched.get(f)) {
                    facts.computeIfAbsent(f, k -> new LinkedHashMap<>()).putIfAbsent(id,
                            new Fact(id, sourceId, "line " + line + ", under or tagged: " + hint));
                }
            }
        }
        Map<Facet, List<Fact>> out = new EnumMap<>(Facet.class);
        facts.forEach((f, byId) -> out.put(f, List.copyOf(byId.values())));
        return new ListedFacets(out, problems, cells);
    }

    /** The data/models id a value names, else a problem saying what it is. */
    private Optional<String> model(String value, String column, Listing listing, List<FacetProblem> problems) {
        ModelName n = ModelName.of(value);
        String id = models.get(n);
        if (id != null) {
            return Optional.of(id);
        }
        String family = n.isEmpty() ? null : families.get(n.family());
        String why;
        if (family == null) {
            why = "matches no model in data/models";
        } else if (n.sizes().isEmpty()) {
            why = "names the family " + family + ", not one model (no size)";
        } else {
            why = "is a " + family + " model (" + String.join(", ", n.sizes()).toUpperCase(java.util.Locale.ROOT)
                    + (n.instruct() ? ", instruct" : ", not instruct") + ") that data/models does not hold: add its file to use it";
        }
        problems.add(new FacetProblem(listing.source(), column, value, why));
        return Optional.empty();
    }
}
