package org.grpokg.build;

import java.nio.file.Path;
import java.util.Optional;

import org.grpokg.catalogue.CatalogueException;
import org.grpokg.catalogue.DataReader;
import org.grpokg.model.SourcePosition;
import org.grpokg.rdf.OntologyFiles;
import org.grpokg.search.SearchIndex;
import org.grpokg.store.Fingerprint;
import org.grpokg.store.KgStore;
import org.grpokg.store.StoreUpdates;

/**
 * Where the tool reads and writes: the data folder and the store folder. Defaults are
 * relative to the project home (the launcher passes {@code -Dgrpokg.home}; else the current
 * folder): {@code data/} and {@code target/kg-store/}.
 */
public record Workspace(Path data, Path store) {

    public static Path home() {
        return Path.of(System.getProperty("grpokg.home", ".")).toAbsolutePath().normalize();
    }

    public static Path defaultData() {
        return home().resolve("data");
    }

    public static Path defaultStore() {
        return home().resolve("target").resolve("kg-store");
    }

    public static Workspace of(Path data, Path store) {
        return new Workspace(data != null ? data : defaultData(), store != null ? store : defaultStore());
    }

    /** The search index built with the store's live generation. */
    public Path searchIndex() {
        return kgStore().current().orElse(store).resolve(SearchIndex.FOLDER);
    }

    public KgStore kgStore() {
        return new KgStore(store);
    }

    /** The fingerprint of the inputs: data files and the ontology built into the tool. */
    public String fingerprint() {
        Iterable<Path> inputs = DataReader.inputFiles(data);
        Iterable<Path> files = () -> java.util.stream.StreamSupport.stream(inputs.spliterator(), false)
                .map(p -> p.toAbsolutePath().normalize()).iterator();
        try {
            return Fingerprint.of(data.toAbsolutePath().normalize(), files, OntologyFiles.ALL);
        } catch (Fingerprint.UnreadableInput e) {
            throw new CatalogueException(new SourcePosition(e.file().toString(), 0), e.getMessage());
        }
    }

    public boolean isFresh() {
        return kgStore().isFresh(fingerprint());
    }

    /** Reads, maps, validates and swaps in a new store with its search index; returns the number of quads. */
    public long build() {
        return build(BuildProgress.NONE);
    }

    /** As {@link #build()}, telling {@code progress} how far it has come. */
    public long build(BuildProgress progress) {
        return kgStore().build(fingerprint(), gen -> writeInto(gen, progress));
    }

    /**
     * The changes the server has made to the store, if any ({@code serve --allow-update}). The note
     * lives in the live generation, so a rebuilt store starts without it.
     */
    public Optional<StoreUpdates> updates() {
        return kgStore().current().flatMap(StoreUpdates::of);
    }

    /**
     * Builds when the store is missing or older than the data; true when it built. A build of
     * the same store in progress elsewhere is waited for (it may make this one unnecessary). A
     * store the server has changed is never rebuilt here (only {@code build --discard-updates}
     * replaces it).
     */
    public boolean ensureBuilt() {
        if (updates().isPresent()) {
            return false;
        }
        // one fingerprint (it reads every data file): for the freshness check and the build's marker
        String fp = fingerprint();
        if (kgStore().isFresh(fp)) {
            return false;
        }
        return kgStore().buildIfStale(fp, gen -> writeInto(gen, BuildProgress.NONE)) >= 0;
    }

    /** Reads the data, then maps, checks and loads it as a stream into the new generation. */
    private long writeInto(Path generation, BuildProgress progress) {
        return StreamingBuild.load(GraphBuilder.stream(data), generation, progress);
    }
}
