package org.grpokg.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.grpokg.model.BaseModel;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.SourcePosition;

/**
 * Reads a data folder: {@code catalogue.md}, {@code entries/*.yaml}, {@code models/*.yaml}.
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
        Map<String, String> keys = new HashMap<>();
        catalogue.entries().forEach(e -> keys.put(e.key().toLowerCase(java.util.Locale.ROOT), e.key()));
        Map<String, EntryFacts> facts = new HashMap<>();
        for (Path file : yamlFiles(dataDir.resolve("entries"))) {
            EntryFacts f = reader.readEntry(file);
            String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            if (!stem.equals(f.entry().replace('/', '+'))) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1),
                        "file name does not match its entry '" + f.entry() + "'");
            }
            String key = keys.get(f.entry().toLowerCase(java.util.Locale.ROOT));
            if (key == null) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1),
                        "entry '" + f.entry() + "' is not in " + CATALOGUE);
            }
            if (facts.put(key, f) != null) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1),
                        "a second file for entry '" + f.entry() + "'");
            }
        }
        List<BaseModel> models = new ArrayList<>();
        for (Path file : yamlFiles(dataDir.resolve("models"))) {
            models.add(reader.readModel(file));
        }
        return new CatalogueData(catalogue, facts, models);
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

    static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(dir.toString(), 0), "cannot list: " + e.getMessage());
        }
    }
}
