package org.grpokg.build;

import java.nio.file.Path;
import java.util.Optional;

import org.grpokg.catalogue.CatalogueException;
import org.grpokg.catalogue.DataReader;
import org.grpokg.model.SourcePosition;
import org.grpokg.rdf.OntologyFiles;
import org.grpokg.search.SearchIndex;
import org.grpokg.store.Fingerprint;
import org.grpokg.store.InputStamps;
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
        return check(InputStamps.none()).value();
    }

    /** The fingerprint, reading only the data files the records of {@code previous} do not vouch for. */
    Fingerprint.Result check(InputStamps previous) {
        // paths under the normalised folder are absolute and normal already; the fingerprint's own stat
        // leaves out what is not a regular file (one stat a file, decision 0026)
        Path base = data.toAbsolutePath().normalize();
        // a wrong layout (--data naming a file, catalogue.md a folder ...) is the user's one-line
        // message, not a file the fingerprint cannot stat (a few stats, whatever the data's size)
        DataReader.checkLayout(base);
        try {
            return Fingerprint.of(base, DataReader.inputCandidates(base), OntologyFiles.ALL, previous);
        } catch (Fingerprint.UnreadableInput e) {
            throw new CatalogueException(new SourcePosition(e.file().toString(), 0), e.getMessage());
        }
    }

    /**
     * The fingerprint, checked against the live generation: its {@link InputStamps} spare reading
     * unchanged files, and when the generation is fresh what this check saw is kept there for the
     * next one (decision 0020). Empty fingerprint result when there is no complete store.
     */
    private Fingerprint.Result checkAgainstStore() {
        Optional<Path> gen = kgStore().current();
        Fingerprint.Result result = check(gen.map(InputStamps::readFrom).orElse(InputStamps.none()));
        gen.ifPresent(g -> keepStamps(g, result));
        return result;
    }

    private static void keepStamps(Path generation, Fingerprint.Result result) {
        if (result.filesRead() == 0 || !KgStore.builtFrom(generation).map(result.value()::equals).orElse(false)) {
            return;
        }
        try {
            result.stamps().writeInto(generation);
        } catch (java.io.UncheckedIOException e) {
            // a store folder we may not write: the next check reads the files again
        }
    }

    public boolean isFresh() {
        return kgStore().isFresh(checkAgainstStore().value());
    }

    /** Reads, maps, validates and swaps in a new store with its search index; returns the number of quads. */
    public long build() {
        return build(BuildProgress.NONE);
    }

    /** As {@link #build()}, telling {@code progress} how far it has come. */
    public long build(BuildProgress progress) {
        Fingerprint.Result fp = check(InputStamps.none());
        return kgStore().build(fp.value(), gen -> writeInto(gen, fp, progress));
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
        return ensureBuilt(() -> { });
    }

    /**
     * As {@link #ensureBuilt()}, running {@code meanwhile} on this thread while the freshness
     * check (file system work only: listing, {@code stat}s, hashes of changed files) runs on
     * another; the build, if any, starts after both. {@code serve} and {@code query} start Jena
     * meanwhile, which the check does not touch (decision 0026).
     */
    public boolean ensureBuilt(Runnable meanwhile) {
        if (updates().isPresent()) {
            meanwhile.run();
            return false;
        }
        // one fingerprint (it reads only the data files changed since the last check): for the freshness check and the build's marker
        Fingerprint.Result fp = alongside(this::checkAgainstStore, meanwhile);
        if (kgStore().isFresh(fp.value())) {
            return false;
        }
        return kgStore().buildIfStale(fp.value(), gen -> writeInto(gen, fp, BuildProgress.NONE)) >= 0;
    }

    /** The result of {@code task}, run on its own thread while {@code meanwhile} runs on this one; the task's failure is thrown here. */
    static <T> T alongside(java.util.concurrent.Callable<T> task, Runnable meanwhile) {
        org.grpokg.concurrent.SideTask<T> side = org.grpokg.concurrent.SideTask.start("grpo-kg-freshness", task);
        meanwhile.run();
        return side.await("checking the data");
    }

    /**
     * Reads the data, then maps, checks and loads it as a stream into the new generation, with
     * what the fingerprint's check saw of the files (the next check starts from it).
     */
    private long writeInto(Path generation, Fingerprint.Result fp, BuildProgress progress) {
        long quads = StreamingBuild.load(GraphBuilder.stream(data), generation, progress);
        fp.stamps().writeInto(generation);
        return quads;
    }
}
