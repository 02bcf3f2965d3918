package org.grpokg.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.grpokg.model.BaseModel;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.EntryKey;
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

    public CatalogueData read(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new CatalogueException(new SourcePosition(dataDir.toString(), 0), "no such data folder");
        }
        Catalogue catalogue = new CatalogueReader().read(dataDir.resolve(CATALOGUE));
        EntryFactsReader reader = new EntryFactsReader();
        Map<EntryKey, Entry> listed = new HashMap<>();
        catalogue.entries().forEach(e -> listed.putIfAbsent(e.key(), e));
        Map<EntryKey, EntryFacts> facts = new HashMap<>();
        Map<EntryKey, List<org.grpokg.model.Listing>> listings = new HashMap<>();
        List<Entry> imported = new ArrayList<>();
        for (Path file : yamlFiles(dataDir.resolve("entries"))) {
            EntryFactsReader.EntryFile ef = reader.readEntryFile(file);
            EntryFacts f = ef.facts();
            String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            if (!stem.equals(f.entry().replace('/', '+'))) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1),
                        "file name does not match its entry '" + f.entry() + "'");
            }
            EntryKey key = EntryKey.parse(f.entry()).orElseThrow(() -> new CatalogueException(
                    new SourcePosition(file.toString(), 1), "entry '" + f.entry() + "' is neither an arXiv id nor owner/name"));
            Optional<Entry> inCatalogue = Optional.ofNullable(listed.get(key));
            if (inCatalogue.isEmpty() && ef.listing() == null) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1),
                        "entry '" + f.entry() + "' is not in " + CATALOGUE + " and has no 'listing:' block");
            }
            // every listing is checked against the key; the lists that name their file and line become records of those lists
            List<Entry> fromLists = new ArrayList<>();
            for (int i = 0; i < ef.listings().size(); i++) {
                ListingYaml l = ef.listings().get(i);
                Entry one = l.toEntry(f.entry(), new SourcePosition(file.toString(), 0));
                fromLists.add(one);
                if (l.namesItsList()) {
                    listings.computeIfAbsent(key, k -> new ArrayList<>()).add(one.listing());
                }
            }
            // catalogue.md wins: a listing block of an entry it lists is not used for its record or work.
            Entry e = inCatalogue.orElseGet(() -> ListingYaml.merged(fromLists));
            if (inCatalogue.isEmpty()) {
                imported.add(e);
            }
            if (facts.put(e.key(), f) != null) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1),
                        "a second file for entry '" + f.entry() + "'");
            }
        }
        if (!imported.isEmpty()) {
            List<Section> sections = new ArrayList<>(catalogue.sections());
            sections.add(Section.imported(imported));
            catalogue = new Catalogue(catalogue.title(), catalogue.introduction(), sections);
        }
        List<BaseModel> models = new ArrayList<>();
        for (Path file : yamlFiles(dataDir.resolve("models"))) {
            models.add(reader.readModel(file));
        }
        return new CatalogueData(catalogue, facts, models, listings);
    }

    /** The base models of a data folder ({@code models/*.yaml}); none when it has no such folder. */
    public static List<BaseModel> readModels(Path dataDir) {
        EntryFactsReader reader = new EntryFactsReader();
        return yamlFiles(dataDir.resolve("models")).stream().map(reader::readModel).toList();
    }

    /** Every input file of a data folder, sorted: what a build depends on. */
    public static List<Path> inputFiles(Path dataDir) {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(dataDir.resolve(CATALOGUE))) {
            files.add(dataDir.resolve(CATALOGUE));
        }
        files.addAll(yamlFiles(dataDir.resolve("entries")));
        files.addAll(yamlFiles(dataDir.resolve("models")));
        return files;
    }

    /** The YAML files of a folder, sorted; hidden files (editor locks such as .#x.yaml) and non-files are left out. */
    static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(dir.toString(), 0), "cannot list: " + e.getMessage());
        }
    }
}
