package org.grpokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 store of the graph: build a new generation beside the live one, switch to it in one
 * atomic rename, open the live one for reading ({@link Generations} has the layout). A
 * generation holds the TDB2 database and {@value #MARKER}, written last, which records the
 * fingerprint of the inputs it was built from. Builds of one store take an exclusive lock
 * ({@link BuildLock}) and clean what killed builds left ({@link Leftovers}).
 */
public final class KgStore {

    public static final String MARKER = "grpo-kg-build.properties";

    /** What a build writes into a new generation folder; returns the number of quads. */
    @FunctionalInterface
    public interface Content {
        long writeInto(Path generation) throws IOException;
    }

    /** Generation folders this process has open, with a count (two readers may share one). */
    private static final Map<Path, Integer> OPEN = new ConcurrentHashMap<>();

    private final Path dir;

    public KgStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The store folder: the path users name with {@code --store}. */
    public Path dir() {
        return dir;
    }

    /** The live generation's folder, if the store is complete. */
    public Optional<Path> current() {
        return Generations.current(dir).filter(g -> Files.isRegularFile(g.resolve(MARKER)));
    }

    /** The fingerprint the store was built from, if it is a complete store. */
    public Optional<String> builtFrom() {
        return current().flatMap(KgStore::builtFrom);
    }

    /** The fingerprint a generation folder was built from, if it is complete. */
    public static Optional<String> builtFrom(Path generation) {
        Properties p = new Properties();
        try (var in = Files.newInputStream(generation.resolve(MARKER))) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.getProperty("fingerprint"));
    }

    public boolean isFresh(String fingerprint) {
        return builtFrom().map(fingerprint::equals).orElse(false);
    }

    /**
     * Writes {@code content} into a new generation and switches to it. On any failure the live
     * generation is left as it was and the partial one is deleted. Refuses to replace anything
     * that is not a store: a file, or a folder with other content.
     *
     * @return the number of quads written (default graph triples plus named-graph quads)
     */
    public long replaceWith(Dataset content, String fingerprint) {
        return replaceWith(content, fingerprint, folder -> { });
    }

    /**
     * As {@link #replaceWith(Dataset, String)}, and {@code alsoWrite} puts files of its own into
     * the new generation (the search index) before it is marked complete and switched to.
     */
    public long replaceWith(Dataset content, String fingerprint, Consumer<Path> alsoWrite) {
        return build(fingerprint, gen -> {
            long quads = load(content, gen);
            alsoWrite.accept(gen);
            return quads;
        });
    }

    /**
     * Builds a new generation with {@code content} and switches to it, holding the store's build
     * lock: a second build of the same store fails at once with a busy {@link StoreException}.
     */
    public long build(String fingerprint, Content content) {
        return write(fingerprint, content, false, false);
    }

    /**
     * Builds unless the store is fresh for {@code fingerprint}; waits for a build in progress and
     * looks again once it ends. Returns -1 when nothing needed building.
     */
    public long buildIfStale(String fingerprint, Content content) {
        return write(fingerprint, content, true, true);
    }

    private long write(String fingerprint, Content content, boolean wait, boolean onlyIfStale) {
        requireReplaceable();
        boolean existed = Files.isDirectory(dir);
        try (BuildLock lock = BuildLock.take(dir, wait)) {
            try {
                return writeLocked(fingerprint, content, onlyIfStale);
            } catch (RuntimeException | Error e) {
                if (!existed && !Files.exists(dir.resolve(Generations.CURRENT))) {
                    // a first build that failed leaves no folder behind (a waiting build notices and starts afresh)
                    deleteQuietly(dir);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new StoreException("cannot write store " + dir + ": " + e.getMessage(), e);
        }
    }

    private long writeLocked(String fingerprint, Content content, boolean onlyIfStale) {
        try {
            if (onlyIfStale && isFresh(fingerprint)) {
                return -1;
            }
            Leftovers.clean(dir);
            Path gen = Generations.next(dir);
            long quads;
            try {
                Files.createDirectory(gen);
                quads = content.writeInto(gen);
                writeMarker(gen, fingerprint, quads);
                FaultPoint.BEFORE_SWITCH.reach();
                Generations.point(dir, gen);
            } catch (IOException e) {
                deleteQuietly(gen);
                throw new StoreException("cannot write store " + dir + ": " + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                deleteQuietly(gen);
                throw e;
            }
            FaultPoint.AFTER_SWITCH.reach();
            Leftovers.clean(dir);
            return quads;
        } catch (IOException e) {
            throw new StoreException("cannot write store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeMarker(Path gen, String fingerprint, long quads) throws IOException {
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("quads", Long.toString(quads));
        p.setProperty("built", java.time.Instant.now().toString());
        Path marker = gen.resolve(MARKER);
        try (var out = Files.newOutputStream(marker)) {
            p.store(out, "grpo-kg store generation; delete the store folder to force a rebuild");
        }
        try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Loads every quad of {@code content} into a new TDB2 database at {@code into}. */
    public static long load(Dataset content, Path into) {
        long[] count = new long[1];
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(into), NodeCaches.params());
        try {
            // TDB2's sequential bulk loader: the same code path as tdb2.tdbloader --loader=sequential.
            DataLoader loader = LoaderFactory.sequentialLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                content.asDatasetGraph().find().forEachRemaining(q -> {
                    // a general dataset names its default graph urn:x-arq:DefaultGraphNode: send those as triples
                    if (q.isDefaultGraph()) {
                        stream.triple(q.asTriple());
                    } else {
                        stream.quad(q);
                    }
                    if (++count[0] == 1000) {
                        FaultPoint.LOADING.reach();
                    }
                });
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            Txn.executeWrite(dsg, () ->
                    content.getDefaultModel().getNsPrefixMap().forEach((k, v) -> dsg.prefixes().add(k, v)));
        } finally {
            TDBInternal.expel(dsg);
            NodeCaches.forget(into);
        }
        return count[0];
    }

    /** The store folder may be created or replaced: missing, empty, or a grpo-kg store. */
    private void requireReplaceable() {
        if (dir.getParent() == null) {
            throw new StoreException(dir + " cannot be a store folder (it has no parent folder)", false);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a store folder: refusing to replace it", false);
        }
        if (Files.isDirectory(dir) && !isStoreFolder(dir)) {
            throw new StoreException(dir + " is a folder that is not a grpo-kg store (no " + MARKER
                    + "): refusing to replace it; choose another --store", false);
        }
    }

    /** Empty, or holding what a build of this tool writes (a killed first build included). */
    private static boolean isStoreFolder(Path folder) {
        if (Files.isRegularFile(folder.resolve(MARKER)) || Files.isRegularFile(folder.resolve(Generations.CURRENT))
                || Files.isRegularFile(folder.resolve(BuildLock.FILE))) {
            return true;
        }
        try (var s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens the live generation for reading and querying; the caller closes it with
     * {@link #release}. A build that switches meanwhile does not disturb it.
     */
    public Dataset open() {
        for (int attempt = 0; attempt < 3; attempt++) {
            Path gen = current().orElseThrow(() ->
                    new StoreException("no complete store at " + dir + " (run: grpo-kg build)", false));
            requireNotBusy(gen);
            Dataset ds;
            try {
                ds = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(gen), NodeCaches.params()));
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).toLowerCase().contains("lock")) {
                    throw busy(StoreLock.holder(gen).orElse(-1L));
                }
                throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
            }
            if (Files.isRegularFile(gen.resolve(MARKER))) {
                OPEN.merge(gen, 1, Integer::sum);
                return ds;
            }
            // a build removed this generation between reading the pointer and connecting: look again
            TDBInternal.expel(ds.asDatasetGraph());
        }
        throw new StoreException("store " + dir + " changed three times while opening it: try again", true);
    }

    /** The generation folder a dataset from {@link #open} reads (its search index is in there). */
    public static Path folderOf(Dataset ds) {
        return TDBInternal.getDatabaseContainer(ds.asDatasetGraph()).getContainerPath().toAbsolutePath().normalize();
    }

    /** Releases a dataset opened by {@link #open} so that another process may use the folder. */
    public static void release(Dataset ds) {
        if (ds != null) {
            try {
                OPEN.computeIfPresent(folderOf(ds), (k, n) -> n <= 1 ? null : n - 1);
            } catch (RuntimeException ignored) {
                // not a TDB2 dataset of ours
            }
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** True when a live process (this one included) has the generation folder open. */
    static boolean inUse(Path generation) {
        return OPEN.containsKey(generation.toAbsolutePath().normalize()) || StoreLock.holder(generation).isPresent();
    }

    private void requireNotBusy(Path gen) {
        Optional<Long> holder = StoreLock.holder(gen);
        if (holder.isPresent()) {
            throw busy(holder.get());
        }
    }

    private StoreException busy(long pid) {
        return new StoreException("store " + dir + " is in use by process " + pid
                + " (a running 'grpo-kg serve'?): query the server, or stop it first", true);
    }

    static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover generation does no harm and is removed by the next build
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
