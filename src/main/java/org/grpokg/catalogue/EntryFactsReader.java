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
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.grpokg.model.ArxivId;
import org.grpokg.model.BaseModel;
import org.grpokg.model.Checkpoint;
import org.grpokg.model.Correction;
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

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a key written twice would silently replace the first list of facts
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    // The YAML shapes, bound by Jackson and turned into model records below.
    record SourceYaml(String id, String url, String what) { }
    record NamesYaml(String source, List<String> names) { }
    record FactYaml(String id, String name, String entry, String source, String note) { }
    record CheckpointYaml(String id, String fineTunedFrom, String source, String note) { }
    record CorrectionYaml(String field, String listed, String actual, String source, String note) { }
    record ConceptYaml(String scheme, String id, String label, String definition, String source) { }
    record EntryYaml(String entry, String name, List<SourceYaml> sources, NamesYaml authors, NamesYaml affiliations,
                     List<CorrectionYaml> corrections, List<FactYaml> algorithms, List<FactYaml> recipe,
                     List<FactYaml> rewards, List<FactYaml> domains, List<FactYaml> modalities,
                     @JsonProperty("baseModels") List<FactYaml> baseModels, List<FactYaml> frameworks,
                     @JsonProperty("buildsOn") List<FactYaml> buildsOn, List<FactYaml> datasets,
                     List<CheckpointYaml> checkpoints, List<FactYaml> benchmarks, List<String> unconfirmed,
                     @JsonProperty("proposedConcepts") List<ConceptYaml> proposedConcepts, ListingYaml listing) { }
    record ModelYaml(String id, String family, String parameters, Boolean instruct, String source, String note) { }

    /**
     * An entry file: its facts, and its {@code listing:} block (null when it has none), which lets an
     * entry absent from catalogue.md be built (see {@link ListingYaml}).
     */
    public record EntryFile(EntryFacts facts, ListingYaml listing) {
    }

    public EntryFile readEntryFile(Path file) {
        EntryYaml y = bind(file, EntryYaml.class);
        YamlLines at = new YamlLines(file);
        require(y.entry(), "entry", at);
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SourceYaml s : list(y.sources(), "sources", at)) {
            require(s.id(), "sources[].id", at);
            require(s.url(), "sources[].url", at);
            WebAddress.require(s.url(), "sources[" + s.id() + "].url", at.at(s.url()));
            if (!ids.add(s.id())) {
                throw new CatalogueException(at.at("id: " + s.id()), "source id '" + s.id() + "' is declared twice");
            }
            sources.add(new Source(s.id(), s.url().trim(), s.what()));
        }
        Cite cite = new Cite(ids, at);
        NamesYaml authors = y.authors() == null ? new NamesYaml(null, List.of()) : y.authors();
        NamesYaml affiliations = y.affiliations() == null ? new NamesYaml(null, List.of()) : y.affiliations();
        if (!list(authors.names(), "authors.names", at).isEmpty()) {
            cite.check(authors.source(), "authors");
        }
        if (!list(affiliations.names(), "affiliations.names", at).isEmpty()) {
            cite.check(affiliations.source(), "affiliations");
        }
        List<Correction> corrections = new ArrayList<>();
        for (CorrectionYaml c : list(y.corrections(), "corrections", at)) {
            require(c.field(), "corrections[].field", at);
            require(c.actual(), "corrections[].actual", at);
            cite.check(c.source(), "corrections");
            corrections.add(new Correction(c.field(), c.listed(), c.actual(), c.source(), c.note()));
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (CheckpointYaml c : list(y.checkpoints(), "checkpoints", at)) {
            require(c.id(), "checkpoints[].id", at);
            cite.check(c.source(), "checkpoints");
            checkpoints.add(new Checkpoint(c.id().trim(), c.fineTunedFrom(), c.source()));
        }
        List<ProposedConcept> proposed = new ArrayList<>();
        for (ConceptYaml c : list(y.proposedConcepts(), "proposedConcepts", at)) {
            cite.check(c.source(), "proposedConcepts");
            proposed.add(new ProposedConcept(c.scheme(), c.id(), c.label(), c.definition(), c.source()));
        }
        return new EntryFile(new EntryFacts(y.entry().trim(), y.name(), sources,
                list(authors.names(), "authors.names", at), authors.source(),
                list(affiliations.names(), "affiliations.names", at), affiliations.source(),
                corrections,
                cite.facts(y.algorithms(), "algorithms"), cite.facts(y.recipe(), "recipe"),
                cite.facts(y.rewards(), "rewards"), cite.facts(y.domains(), "domains"),
                cite.facts(y.modalities(), "modalities"), cite.facts(y.baseModels(), "baseModels"),
                cite.facts(y.frameworks(), "frameworks"), lineage(cite.facts(y.buildsOn(), "buildsOn"), at),
                cite.facts(y.datasets(), "datasets"), checkpoints, cite.facts(y.benchmarks(), "benchmarks"),
                list(y.unconfirmed(), "unconfirmed", at), proposed, at.at()), y.listing());
    }

    public BaseModel readModel(Path file) {
        ModelYaml y = bind(file, ModelYaml.class);
        YamlLines at = new YamlLines(file);
        require(y.id(), "id", at);
        WebAddress.require(y.source(), "source", at.at(y.source()));
        return new BaseModel(y.id().trim(), y.family(), y.parameters(), y.instruct(), y.source());
    }

    private <T> T bind(Path file, Class<T> type) {
        try {
            T value = yaml.readValue(Files.newBufferedReader(file), type);
            if (value == null) {
                throw new CatalogueException(new SourcePosition(file.toString(), 0), "empty file");
            }
            return value;
        } catch (NoSuchFileException e) {
            throw new CatalogueException(new SourcePosition(file.toString(), 0), "no such file");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            throw new CatalogueException(new SourcePosition(file.toString(), Math.max(line, 0)), e.getOriginalMessage()
                    .replaceAll("\\s*\\(class [^)]*\\)", "").replaceAll("[\\r\\n]+.*", ""));
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(file.toString(), 0), "cannot read: " + e.getMessage());
        }
    }

    /** A YAML list, empty when absent; an empty item ('-' with nothing after it, or '~') is an error. */
    private static <T> List<T> list(List<T> l, String key, YamlLines at) {
        if (l == null) {
            return List.of();
        }
        if (l.stream().anyMatch(java.util.Objects::isNull)) {
            throw new CatalogueException(at.emptyItemUnder(key.replaceFirst("\\..*", "")), key + ": an empty item ('-' with nothing after it, or '~')");
        }
        return l;
    }

    /** Lineage targets are catalogue keys: an arXiv id or a GitHub owner/name. */
    private static List<Fact> lineage(List<Fact> buildsOn, YamlLines at) {
        for (Fact f : buildsOn) {
            if (!ArxivId.isValid(f.value()) && RepoRef.parse(f.value()).isEmpty()) {
                throw new CatalogueException(at.at(f.value(), "buildsOn:"), "buildsOn: '" + f.value() + "' is neither an arXiv id (2503.05132) nor a GitHub owner/name");
            }
        }
        return buildsOn;
    }

    private static void require(String value, String key, YamlLines at) {
        if (value == null || value.isBlank()) {
            throw new CatalogueException(at.at(key.replaceFirst("\\[\\]\\..*", "") + ":"), "missing '" + key + "'");
        }
    }

    /** Checks that facts cite declared sources, and turns YAML facts into model facts. */
    private record Cite(Set<String> ids, YamlLines at) {
        void check(String source, String key) {
            if (source == null) {
                throw new CatalogueException(at.at(key + ":"), key + ": a fact without 'source'");
            }
            if (!ids.contains(source)) {
                throw new CatalogueException(at.at("source: " + source + ",", "source: " + source + "}", "source: " + source),
                        key + ": source '" + source + "' is not declared under 'sources'");
            }
        }

        List<Fact> facts(List<FactYaml> in, String key) {
            List<Fact> out = new ArrayList<>();
            for (FactYaml f : list(in, key, at)) {
                String value = f.id() != null ? f.id() : f.name() != null ? f.name() : f.entry();
                if (value == null || value.isBlank()) {
                    throw new CatalogueException(at.at(key + ":"), key + ": a fact without 'id', 'name' or 'entry'");
                }
                check(f.source(), key);
                out.add(new Fact(value.trim(), f.source(), f.note()));
            }
            return out;
        }
    }
}
