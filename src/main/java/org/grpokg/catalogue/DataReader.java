package org.grpokg.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.grpokg.model.BaseModel;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.EntryKey;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Section;
import org.grpokg.model.SourcePosition;

/**
 * Reads a data folder: {@code catalogue.md}, {@code entries/*.yaml}, {@code models/*.yaml}.
 * Entry files of entries absent from catalogue.md need a {@code listing:} block (as written by
 * {@code grpo-kg import}); those entries make a last section, {@value Entry#SECTION}.
 * The public entry of the catalogue stage.
 */
public final class DataReader {

    public static final String CATALOGUE = "catalogue.md";
    public static final String ENTRIES = "entries";
    public static final String MODELS = "models";

    /** The facets of an entry file that name controlled concepts: YAML key to scheme. */
    private static final Map<String, String> CONCEPT_KEYS = Map.of("algorithms", "algorithm", "recipe", "recipe",
            "rewards", "reward", "domains", "domain", "modalities", "modality", "frameworks", "framework");

    private final Map<String, Set<String>> concepts;

    /** A reader that does not check concept ids (the shapes still do). */
    public DataReader() {
        this(null);
    }

    /**
     * A reader that checks every concept an entry file names against {@code concepts} (scheme to
     * ids, as the taxonomies declare them), reporting an unknown one at its file and line.
     */
    public DataReader(Map<String, Set<String>> concepts) {
        this.concepts = concepts;
    }

    /**
     * Checks the layout of a data folder before anything is read: the folder, {@code catalogue.md}
     * a file, {@code entries/} and {@code models/} folders (either may be absent). One line per problem.
     */
    public static void checkLayout(Path dataDir) {
        SourcePosition at = new SourcePosition(dataDir.toString(), 0);
        if (!Files.exists(dataDir)) {
            throw new CatalogueException(at, "no such data folder");
        }
        if (!Files.isDirectory(dataDir)) {
            throw new CatalogueException(at, "not a folder: --data names the data folder (catalogue.md, entries/, models/)");
        }
        Path catalogue = dataDir.resolve(CATALOGUE);
        if (!Files.exists(catalogue)) {
            throw new CatalogueException(new SourcePosition(catalogue.toString(), 0), "no such file: a data folder holds " + CATALOGUE);
        }
        if (!Files.isRegularFile(catalogue)) {
            throw new CatalogueException(new SourcePosition(catalogue.toString(), 0), "not a file");
        }
        for (String folder : List.of(ENTRIES, MODELS)) {
            Path f = dataDir.resolve(folder);
            if (Files.exists(f) && !Files.isDirectory(f)) {
                throw new CatalogueException(new SourcePosition(f.toString(), 0), "not a folder: " + folder
                        + "/ holds one YAML file per " + (folder.equals(ENTRIES) ? "entry" : "model"));
            }
        }
    }

    public CatalogueData read(Path dataDir) {
        checkLayout(dataDir);
        Catalogue catalogue = new CatalogueReader().read(dataDir.resolve(CATALOGUE));
        EntryFactsReader reader = new EntryFactsReader();
        Map<EntryKey, Entry> listed = new HashMap<>();
        catalogue.entries().forEach(e -> listed.putIfAbsent(e.key(), e));
        Map<EntryKey, EntryFacts> facts = new HashMap<>();
        Map<EntryKey, List<org.grpokg.model.Listing>> listings = new HashMap<>();
        List<Entry> imported = new ArrayList<>();
        Map<EntryKey, Entry> importedListed = new HashMap<>();
        List<BaseModel> models = new ArrayList<>();
        Set<String> modelIds = new HashSet<>();
        for (Path file : yamlFiles(dataDir.resolve(MODELS))) {
            BaseModel m = reader.readModel(file);
            if (!modelIds.add(m.id())) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1), "a second file for model '" + m.id() + "'");
            }
            models.add(m);
        }
        for (Path file : yamlFiles(dataDir.resolve(ENTRIES))) {
            EntryFactsReader.EntryFile ef = reader.readEntryFile(file);
            EntryFacts f = ef.facts();
            EntryKey key = checkName(file, f);
            Optional<Entry> inCatalogue = Optional.ofNullable(listed.get(key));
            if (inCatalogue.isEmpty() && ef.listing() == null) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1),
                        "entry '" + f.entry() + "' is not in " + CATALOGUE + " and has no 'listing:' block");
            }
            // every listing is checked against the key; the lists that name their file and line become records of those lists
            List<org.grpokg.model.Listing> named = new ArrayList<>();
            List<Entry> fromLists = listingEntries(ef, f.entry(), file, named);
            if (!named.isEmpty()) {
                listings.computeIfAbsent(key, k -> new ArrayList<>()).addAll(named);
            }
            // catalogue.md wins: a listing block of an entry it lists is not used, except under its section
            // Imported (as 'grpo-kg render' writes it), where the listing block is the fuller record of the same listing
            boolean underImported = inCatalogue.filter(c -> c.kind() == EntryKind.IMPORTED).isPresent();
            Entry e = inCatalogue.isPresent() && !(underImported && !fromLists.isEmpty()) ? inCatalogue.get()
                    : ListingYaml.merged(fromLists);
            if (underImported) {
                importedListed.put(key, e);
            } else if (inCatalogue.isEmpty()) {
                imported.add(e);
            }
            if (facts.put(e.key(), f) != null) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1),
                        "a second file for entry '" + f.entry() + "'");
            }
            checkReferences(file, key, f, modelIds);
        }
        List<Section> own = catalogue.sections().stream().filter(s -> s.kind() != EntryKind.IMPORTED).toList();
        if (!imported.isEmpty() || own.size() < catalogue.sections().size()) {
            // the section Imported: catalogue.md's own rows first, in its order, then entries only the entry files list
            List<Entry> all = new ArrayList<>();
            catalogue.sections().stream().filter(s -> s.kind() == EntryKind.IMPORTED).flatMap(s -> s.entries().stream())
                    .forEach(c -> all.add(importedListed.getOrDefault(c.key(), c)));
            all.addAll(imported);
            List<Section> sections = new ArrayList<>(own);
            sections.add(Section.imported(all));
            catalogue = new Catalogue(catalogue.title(), catalogue.introduction(), sections);
        }
        return new CatalogueData(catalogue, facts, models, listings);
    }

    /** The key an entry file names, checked against the file's name. */
    static EntryKey checkName(Path file, EntryFacts f) {
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!stem.equals(f.entry().replace('/', '+'))) {
            throw new CatalogueException(new SourcePosition(file.toString(), 1),
                    "file name does not match its entry '" + f.entry() + "'");
        }
        return EntryKey.parse(f.entry()).orElseThrow(() -> new CatalogueException(
                new SourcePosition(file.toString(), 1), "entry '" + f.entry() + "' is neither an arXiv id nor owner/name"));
    }

    /**
     * The entries an entry file's listing blocks describe, each checked against the key; the
     * listings of those blocks that name their list and line are added to {@code named} (when not null).
     */
    static List<Entry> listingEntries(EntryFactsReader.EntryFile ef, String entry, Path file, List<org.grpokg.model.Listing> named) {
        List<Entry> fromLists = new ArrayList<>();
        for (int i = 0; i < ef.listings().size(); i++) {
            ListingYaml l = ef.listings().get(i);
            Entry one = listingEntry(l, entry, file, ef.listings().size() == 1 ? "/listing" : "/listings/" + i);
            fromLists.add(one);
            if (l.namesItsList() && named != null) {
                named.add(one.listing());
            }
        }
        return fromLists;
    }

    /** The base models of a data folder ({@code models/*.yaml}); none when it has no such folder. */
    public static List<BaseModel> readModels(Path dataDir) {
        EntryFactsReader reader = new EntryFactsReader();
        return yamlFiles(dataDir.resolve(MODELS)).stream().map(reader::readModel).toList();
    }

    /** The entry a listing block describes; its problems are reported at the block's line. */
    private static Entry listingEntry(ListingYaml listing, String entry, Path file, String pointer) {
        try {
            return listing.toEntry(entry, new SourcePosition(file.toString(), 0));
        } catch (CatalogueException e) {
            if (e.position() != null && e.position().line() > 0) {
                throw e;
            }
            throw new CatalogueException(EntryFactsReader.position(file, pointer), e.getMessage());
        }
    }

    /**
     * What an entry file names must exist: each base model has a model file, no entry builds on
     * itself, each concept is one the taxonomies declare. Reported at the line of the value.
     */
    void checkReferences(Path file, EntryKey key, EntryFacts f, Set<String> modelIds) {
        for (int i = 0; i < f.baseModels().size(); i++) {
            String id = f.baseModels().get(i).value();
            if (!modelIds.contains(id)) {
                throw new CatalogueException(EntryFactsReader.position(file, "/baseModels/" + i), "baseModels: '" + id
                        + "' has no model file (add " + MODELS + "/" + id.replace('/', '+') + ".yaml)");
            }
        }
        for (int i = 0; i < f.buildsOn().size(); i++) {
            String target = f.buildsOn().get(i).value();
            if (EntryKey.parse(target).filter(key::equals).isPresent()) {
                throw new CatalogueException(EntryFactsReader.position(file, "/buildsOn/" + i),
                        "buildsOn: '" + target + "' is the entry itself");
            }
        }
        if (concepts == null) {
            return;
        }
        Map<String, List<org.grpokg.model.Fact>> byKey = new java.util.LinkedHashMap<>();
        byKey.put("algorithms", f.algorithms());
        byKey.put("recipe", f.recipe());
        byKey.put("rewards", f.rewards());
        byKey.put("domains", f.domains());
        byKey.put("modalities", f.modalities());
        byKey.put("frameworks", f.frameworks());
        for (Map.Entry<String, List<org.grpokg.model.Fact>> facet : byKey.entrySet()) {
            Set<String> known = concepts.getOrDefault(CONCEPT_KEYS.get(facet.getKey()), Set.of());
            for (int i = 0; i < facet.getValue().size(); i++) {
                String id = facet.getValue().get(i).value();
                if (!known.contains(id)) {
                    throw new CatalogueException(EntryFactsReader.position(file, "/" + facet.getKey() + "/" + i),
                            facet.getKey() + ": unknown " + CONCEPT_KEYS.get(facet.getKey()) + " '" + id + "' (known: "
                                    + String.join(", ", new java.util.TreeSet<>(known))
                                    + "; a new one goes under proposedConcepts and into ontology/grpo-kg-taxonomies.ttl)");
                }
            }
        }
    }

    /**
     * Every input file of a data folder, sorted: what a build depends on. The names are kept in
     * compact form and each path is made as it is visited, so a folder of a million entry files
     * costs some 20 bytes a file, not a {@code Path} each (docs/decisions/0019-streaming-reader.md).
     */
    public static Iterable<Path> inputFiles(Path dataDir) {
        return inputs(dataDir, true);
    }

    /**
     * The paths that may be input files, sorted as {@link #inputFiles} sorts them, without a
     * {@code stat} each: a path that is not a regular file (a folder named {@code x.yaml}, a file
     * gone since the listing, no catalogue.md) is among them, and the caller, who looks at each
     * file anyway, leaves it out. The freshness check so looks at each file once, not twice
     * (docs/decisions/0026-start-path.md).
     */
    public static Iterable<Path> inputCandidates(Path dataDir) {
        return inputs(dataDir, false);
    }

    private static Iterable<Path> inputs(Path dataDir, boolean onlyFiles) {
        List<Iterable<Path>> parts = new ArrayList<>();
        if (!onlyFiles || Files.isRegularFile(dataDir.resolve(CATALOGUE))) {
            parts.add(List.of(dataDir.resolve(CATALOGUE)));
        }
        parts.add(SortedNames.of(dataDir.resolve(ENTRIES), onlyFiles));
        parts.add(SortedNames.of(dataDir.resolve(MODELS), onlyFiles));
        // not Stream.flatMap: its iterator() buffers each inner stream whole (a million Paths)
        return () -> new java.util.Iterator<>() {
            private int part;
            private java.util.Iterator<Path> it = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!it.hasNext() && part < parts.size()) {
                    it = parts.get(part++).iterator();
                }
                return it.hasNext();
            }

            @Override
            public Path next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return it.next();
            }
        };
    }

    /**
     * A YAML file's name, not hidden: what the pattern {@code [^.].*\\.ya?ml} matches (a first
     * character other than a dot, then no line terminator before the extension), tested without
     * a regular expression, which took a tenth of the freshness check of 10,000 files (decision 0026).
     */
    static boolean isYamlName(String name) {
        int ext = name.endsWith(".yaml") ? 5 : name.endsWith(".yml") ? 4 : -1;
        if (ext < 0 || name.length() <= ext || name.charAt(0) == '.') {
            return false;
        }
        for (int i = 1; i < name.length() - ext; i++) {
            char c = name.charAt(i);
            // what '.' of a pattern does not match
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** The YAML files of a folder, sorted; hidden files (editor locks such as .#x.yaml) and non-files are left out. */
    static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> isYamlName(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(dir.toString(), 0), "cannot list: " + e.getMessage());
        }
    }
}
