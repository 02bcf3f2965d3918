package org.grpokg.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.grpokg.model.ArxivId;
import org.grpokg.model.BaseModel;
import org.grpokg.model.Checkpoint;
import org.grpokg.model.Correction;
import org.grpokg.model.DateFact;
import org.grpokg.model.EntryKey;
import org.grpokg.model.PartialDate;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.Fact;
import org.grpokg.model.ProposedConcept;
import org.grpokg.model.RepoRef;
import org.grpokg.model.Source;
import org.grpokg.model.SourcePosition;

/**
 * Reads {@code data/entries/*.yaml} and {@code data/models/*.yaml} (format in
 * {@code data/entries/README.md}). Unknown keys, wrong shapes and facts citing an undeclared
 * source are errors that name the file and line.
 */
public final class EntryFactsReader {

    /** Entry and model files nest four levels deep; anything much deeper is a mistake or an attack on the parser. */
    static final int MAX_NESTING = 20;

    static final YAMLFactory FACTORY = factory();

    private final ObjectMapper yaml = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a key written twice would silently replace the first list of facts
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    // The YAML shapes, bound by Jackson and turned into model records below.
    record SourceYaml(String id, String url, String file, String what) { }
    record NamesYaml(String source, List<String> names) { }
    record FactYaml(String id, String name, String entry, String source, String note) { }
    record CheckpointYaml(String id, String fineTunedFrom, String source, String note) { }
    record CorrectionYaml(String field, String listed, String actual, String source, String note) { }
    record IssuedYaml(String date, String source, String note) { }
    record ConceptYaml(String scheme, String id, String label, String definition, String source) { }
    record EntryYaml(String entry, String name, List<SourceYaml> sources, NamesYaml authors, NamesYaml affiliations,
                     IssuedYaml issued, List<CorrectionYaml> corrections, List<FactYaml> algorithms, List<FactYaml> recipe,
                     List<FactYaml> rewards, List<FactYaml> domains, List<FactYaml> modalities,
                     @JsonProperty("baseModels") List<FactYaml> baseModels, List<FactYaml> frameworks,
                     @JsonProperty("buildsOn") List<FactYaml> buildsOn, List<FactYaml> datasets,
                     List<CheckpointYaml> checkpoints, List<FactYaml> benchmarks, List<String> unconfirmed,
                     @JsonProperty("proposedConcepts") List<ConceptYaml> proposedConcepts, ListingYaml listing,
                     List<ListingYaml> listings) { }
    record ModelYaml(String id, String family, String parameters, Boolean instruct, String source, String note) { }

    /**
     * An entry file: its facts, and how other lists list it: its {@code listing:} block, or its
     * {@code listings:} (one per list, as {@code grpo-kg import A.md B.md} merges them), which let an
     * entry absent from catalogue.md be built (see {@link ListingYaml}); empty when it has neither.
     */
    public record EntryFile(EntryFacts facts, List<ListingYaml> listings) {

        public EntryFile {
            listings = List.copyOf(listings);
        }

        /** The listing that describes an entry absent from catalogue.md: the first; null when none. */
        public ListingYaml listing() {
            return listings.isEmpty() ? null : listings.get(0);
        }
    }

    public EntryFile readEntryFile(Path file) {
        EntryYaml y = bind(file, EntryYaml.class);
        YamlPositions at = YamlPositions.of(file);
        require(y.entry(), "/entry", at);
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<SourceYaml> sourceList = list(y.sources(), "/sources", at);
        for (int i = 0; i < sourceList.size(); i++) {
            SourceYaml s = sourceList.get(i);
            String here = "/sources/" + i;
            require(s.id(), here + "/id", at);
            if (s.file() == null || s.file().isBlank()) {
                require(s.url(), here + "/url", at);
            } else if (s.url() != null) {
                throw new CatalogueException(at.at(here + "/file"), "sources[" + s.id() + "]: either 'url' (a page) or 'file' (a list read by import), not both");
            }
            located(at, here + "/url", p -> WebAddress.require(s.url(), "sources[" + s.id() + "].url", p));
            if (!ids.add(s.id())) {
                throw new CatalogueException(at.at(here + "/id"), "source id '" + s.id() + "' is declared twice");
            }
            sources.add(new Source(s.id(), s.url() == null ? null : s.url().trim(), s.what(),
                    s.file() == null || s.file().isBlank() ? null : s.file().trim()));
        }
        Cite cite = new Cite(ids, at);
        NamesYaml authors = y.authors() == null ? new NamesYaml(null, List.of()) : y.authors();
        NamesYaml affiliations = y.affiliations() == null ? new NamesYaml(null, List.of()) : y.affiliations();
        if (!list(authors.names(), "/authors/names", at).isEmpty()) {
            cite.check(authors.source(), "/authors");
        }
        if (!list(affiliations.names(), "/affiliations/names", at).isEmpty()) {
            cite.check(affiliations.source(), "/affiliations");
        }
        DateFact issued = null;
        if (y.issued() != null) {
            IssuedYaml d = y.issued();
            require(d.date(), "/issued/date", at);
            PartialDate date = PartialDate.parse(d.date()).orElseThrow(() -> new CatalogueException(at.at("/issued/date"),
                    "issued.date '" + d.date() + "' is not a date like 2025, 2025-03 or 2025-03-22"));
            cite.check(d.source(), "/issued");
            issued = new DateFact(date, d.source(), d.note());
        }
        List<Correction> corrections = new ArrayList<>();
        List<CorrectionYaml> correctionList = list(y.corrections(), "/corrections", at);
        for (int i = 0; i < correctionList.size(); i++) {
            CorrectionYaml c = correctionList.get(i);
            String here = "/corrections/" + i;
            require(c.field(), here + "/field", at);
            require(c.actual(), here + "/actual", at);
            if (!Correction.FIELDS.contains(c.field())) {
                throw new CatalogueException(at.at(here + "/field"), "corrections: field '" + c.field()
                        + "' is not one of " + String.join(", ", Correction.FIELDS));
            }
            cite.check(c.source(), here);
            if (corrections.stream().anyMatch(x -> x.field().equals(c.field()))) {
                throw new CatalogueException(at.at(here + "/field"), "corrections: field '" + c.field() + "' is corrected twice");
            }
            located(at, here + "/actual", p -> checkCorrectedValue(c, y.entry().trim(), p));
            corrections.add(new Correction(c.field(), c.listed(), c.actual().trim(), c.source(), c.note()));
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<CheckpointYaml> checkpointList = list(y.checkpoints(), "/checkpoints", at);
        for (int i = 0; i < checkpointList.size(); i++) {
            CheckpointYaml c = checkpointList.get(i);
            require(c.id(), "/checkpoints/" + i + "/id", at);
            cite.check(c.source(), "/checkpoints/" + i);
            located(at, "/checkpoints/" + i + "/id", p -> huggingFaceId(c.id(), "checkpoints", p));
            if (c.fineTunedFrom() != null) {
                located(at, "/checkpoints/" + i + "/fineTunedFrom", p -> huggingFaceId(c.fineTunedFrom(), "checkpoints.fineTunedFrom", p));
            }
            checkpoints.add(new Checkpoint(c.id().trim(), c.fineTunedFrom(), c.source()));
        }
        List<ProposedConcept> proposed = new ArrayList<>();
        List<ConceptYaml> conceptList = list(y.proposedConcepts(), "/proposedConcepts", at);
        for (int i = 0; i < conceptList.size(); i++) {
            ConceptYaml c = conceptList.get(i);
            cite.check(c.source(), "/proposedConcepts/" + i);
            proposed.add(new ProposedConcept(c.scheme(), c.id(), c.label(), c.definition(), c.source()));
        }
        return new EntryFile(new EntryFacts(y.entry().trim(), y.name(), sources,
                list(authors.names(), "/authors/names", at), authors.source(),
                list(affiliations.names(), "/affiliations/names", at), affiliations.source(),
                issued, corrections,
                cite.facts(y.algorithms(), "algorithms"), cite.facts(y.recipe(), "recipe"),
                cite.facts(y.rewards(), "rewards"), cite.facts(y.domains(), "domains"),
                cite.facts(y.modalities(), "modalities"), huggingFaceIds(cite.facts(y.baseModels(), "baseModels"), "baseModels", at),
                cite.facts(y.frameworks(), "frameworks"), lineage(cite.facts(y.buildsOn(), "buildsOn"), at),
                huggingFaceIds(cite.facts(y.datasets(), "datasets"), "datasets", at), checkpoints, cite.facts(y.benchmarks(), "benchmarks"),
                list(y.unconfirmed(), "/unconfirmed", at), proposed, at.start()), listings(y, at));
    }

    /** The {@code listing:} block or the {@code listings:}, not both. */
    private static List<ListingYaml> listings(EntryYaml y, YamlPositions at) {
        List<ListingYaml> several = list(y.listings(), "/listings", at);
        if (y.listing() != null && !several.isEmpty()) {
            throw new CatalogueException(at.at("/listings"), "either 'listing:' (one list) or 'listings:' (several), not both");
        }
        return y.listing() != null ? List.of(y.listing()) : several;
    }

    /**
     * The value a correction gives the work must be one the work can take: a date, a web address
     * for the paper (naming no other arXiv paper than the entry's), a GitHub repository.
     */
    private static void checkCorrectedValue(CorrectionYaml c, String entry, SourcePosition at) {
        String actual = c.actual().trim();
        switch (c.field()) {
            case Correction.DATE -> PartialDate.parse(actual).orElseThrow(() -> new CatalogueException(at,
                    "corrections: date '" + actual + "' is not a date like 2025, 2025-03 or 2025-03-22"));
            case Correction.PAPER -> {
                WebAddress.require(actual, "corrections: paper", at);
                ArxivId.fromUrl(actual).filter(id -> ArxivId.isValid(entry) && !id.id().equals(entry)).ifPresent(id -> {
                    throw new CatalogueException(at, "corrections: paper names arXiv " + id + ", not the entry " + entry);
                });
            }
            case Correction.REPOSITORY -> {
                WebAddress.require(actual, "corrections: repository", at);
                RepoRef.containing(actual).orElseThrow(() -> new CatalogueException(at,
                        "corrections: repository '" + actual + "' is not a link to a GitHub repository"));
            }
            default -> { }
        }
    }

    /** The line of the value at {@code pointer} ({@code /baseModels/2}) of a file that has been read. */
    static SourcePosition position(Path file, String pointer) {
        return YamlPositions.of(file).at(pointer);
    }

    public BaseModel readModel(Path file) {
        ModelYaml y = bind(file, ModelYaml.class);
        YamlPositions at = YamlPositions.of(file);
        require(y.id(), "/id", at);
        located(at, "/id", p -> huggingFaceId(y.id(), "id", p));
        located(at, "/source", p -> WebAddress.require(y.source(), "source", p));
        return new BaseModel(y.id().trim(), y.family(), y.parameters(), y.instruct(), y.source());
    }

    private static YAMLFactory factory() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowDuplicateKeys(false);
        YAMLFactory f = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        return f;
    }

    /**
     * The file bound from one parse, when nothing is wrong with it; null otherwise (the caller then
     * checks and binds again, so a problem is reported exactly as that path words it). Reading,
     * checking and binding separately parsed each file twice: a quarter of a 10,000-entry build.
     */
    private <T> T quickBind(String text, Class<T> type) {
        try {
            com.fasterxml.jackson.databind.util.TokenBuffer tokens = YamlText.buffered(yaml.createParser(text));
            if (tokens == null) {
                return null;
            }
            try (com.fasterxml.jackson.core.JsonParser p = tokens.asParser()) {
                return yaml.readValue(p, type);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private <T> T bind(Path file, Class<T> type) {
        String text = InputText.read(file);
        if (text.isBlank()) {
            throw new CatalogueException(new SourcePosition(file.toString(), 0), "empty file");
        }
        T quick = quickBind(text, type);
        if (quick != null) {
            return quick;
        }
        YamlText.check(text, file.toString());
        try {
            T value = yaml.readValue(text, type);
            if (value == null) {
                throw new CatalogueException(new SourcePosition(file.toString(), 0), "empty file");
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
                // records are bound once all their keys are read, so the binder's location is the mapping's end:
                // the line of the key itself is the parser's
                StringBuilder pointer = new StringBuilder();
                m.getPath().forEach(r -> pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex()));
                int at = YamlPositions.of(file, text).at(pointer.toString()).line();
                line = at > 0 ? at : line;
            }
            throw new CatalogueException(new SourcePosition(file.toString(), Math.max(line, 0)), YamlText.message(e));
        }
    }

    /** "issued: expected a mapping with keys date, source, note", in the words of the file, not of Java's types. */
    static String wrongShape(MismatchedInputException e) {
        String where = e.getPath().isEmpty() ? "the file" : pathOf(e.getPath());
        Class<?> type = e.getTargetType();
        String expected;
        if (type == null) {
            expected = "another kind of value";
        } else if (type.isRecord()) {
            expected = "a mapping with keys " + java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.joining(", "));
        } else if (java.util.Collection.class.isAssignableFrom(type)) {
            expected = "a list";
        } else if (java.util.Map.class.isAssignableFrom(type)) {
            expected = "a mapping of keys to text";
        } else if (type == Boolean.class || type == boolean.class) {
            expected = "true or false";
        } else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            expected = "a whole number";
        } else {
            expected = "text";
        }
        return where + ": expected " + expected;
    }

    /** A binder's path as the file's keys: {@code sources[2].url}. */
    static String pathOf(List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path) {
        return path.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("the file");
    }

    /** A YAML list at {@code pointer}, empty when absent; an empty item ('-' with nothing after it, or '~') is an error. */
    private static <T> List<T> list(List<T> l, String pointer, YamlPositions at) {
        if (l == null) {
            return List.of();
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) == null) {
                throw new CatalogueException(at.at(pointer + "/" + i), pointer.substring(1).replace('/', '.')
                        + ": an empty item ('-' with nothing after it, or '~')");
            }
        }
        return l;
    }

    private static final java.util.regex.Pattern HF_ID = java.util.regex.Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");

    /** A Hugging Face id is {@code org/name}: one slash, no blanks (its IRI, path and page depend on it). */
    private static void huggingFaceId(String id, String key, SourcePosition at) {
        if (!HF_ID.matcher(id.trim()).matches()) {
            throw new CatalogueException(at, key + ": '" + id + "' is not a Hugging Face id of the form org/name");
        }
    }

    private static List<Fact> huggingFaceIds(List<Fact> facts, String key, YamlPositions at) {
        for (int i = 0; i < facts.size(); i++) {
            String value = facts.get(i).value();
            located(at, "/" + key + "/" + i, p -> huggingFaceId(value, key, p));
        }
        return facts;
    }

    /** Lineage targets are catalogue keys: an arXiv id or a GitHub owner/name. */
    private static List<Fact> lineage(List<Fact> buildsOn, YamlPositions at) {
        for (int i = 0; i < buildsOn.size(); i++) {
            Fact f = buildsOn.get(i);
            if (EntryKey.parse(f.value()).isEmpty()) {
                throw new CatalogueException(at.at("/buildsOn/" + i), "buildsOn: '" + f.value()
                        + "' is neither an arXiv id (2503.05132) nor a GitHub owner/name");
            }
        }
        return buildsOn;
    }

    /** Stands for a position not looked up yet: most values are fine, and a line costs a second parse of the file. */
    private static final SourcePosition LATER = new SourcePosition("", 0);

    /**
     * Runs {@code check} and, only when it fails, finds the line of the value at {@code pointer}: the
     * positions of a file are read on the first error, not for every value checked.
     */
    private static void located(YamlPositions at, String pointer, java.util.function.Consumer<SourcePosition> check) {
        try {
            check.accept(LATER);
        } catch (CatalogueException e) {
            if (e.position() != LATER) {
                throw e;
            }
            throw new CatalogueException(at.at(pointer), e.getMessage(), e.getCause());
        }
    }

    private static void require(String value, String pointer, YamlPositions at) {
        if (value == null || value.isBlank()) {
            throw new CatalogueException(at.at(pointer), "missing '" + pointer.substring(1).replaceAll("/\\d+/", "[].").replace('/', '.') + "'");
        }
    }

    /** Checks that facts cite declared sources, and turns YAML facts into model facts. */
    private record Cite(Set<String> ids, YamlPositions at) {
        /** {@code pointer} is the fact's own place, e.g. {@code /algorithms/0}. */
        void check(String source, String pointer) {
            String key = pointer.substring(1).replaceFirst("/.*", "");
            if (source == null) {
                throw new CatalogueException(at.at(pointer), key + ": a fact without 'source'");
            }
            if (!ids.contains(source)) {
                throw new CatalogueException(at.at(pointer + "/source"), key + ": source '" + source + "' is not declared under 'sources'");
            }
        }

        List<Fact> facts(List<FactYaml> in, String key) {
            List<Fact> out = new ArrayList<>();
            List<FactYaml> facts = list(in, "/" + key, at);
            for (int i = 0; i < facts.size(); i++) {
                FactYaml f = facts.get(i);
                String value = f.id() != null ? f.id() : f.name() != null ? f.name() : f.entry();
                if (value == null || value.isBlank()) {
                    throw new CatalogueException(at.at("/" + key + "/" + i), key + ": a fact without 'id', 'name' or 'entry'");
                }
                check(f.source(), "/" + key + "/" + i);
                out.add(new Fact(value.trim(), f.source(), f.note()));
            }
            return out;
        }
    }
}
