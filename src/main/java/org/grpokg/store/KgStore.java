package org.grpokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 store of the graph: build it beside the old one, swap it in only when complete,
 * open it for reading. A store folder holds the TDB2 database and {@value #MARKER}, written
 * last, which records the fingerprint of the inputs it was built from; a folder without the
 * marker is not a complete store.
 */
public final class KgStore {

    public static final String MARKER = "grpo-kg-build.properties";

    private final Path dir;

    public KgStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** The fingerprint the store was built from, if it is a complete store. */
    public Optional<String> builtFrom() {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(marker)) {
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
     * Writes {@code content} into a new TDB2 database next to the store folder, then swaps it in.
     * On any failure the old store is left as it was and the partial one is deleted. Refuses to
     * replace anything that is not a store: a file, or a folder with other content.
     *
     * @return the number of quads written (default graph triples plus named-graph quads)
     */
    public long replaceWith(Dataset content, String fingerprint) {
        return replaceWith(content, fingerprint, folder -> { });
    }

    /**
     * As {@link #replaceWith(Dataset, String)}, and {@code alsoWrite} puts files of its own into
     * the new store folder (the search index) before it is marked complete and swapped in.
     */
    public long replaceWith(Dataset content, String fingerprint, java.util.function.Consumer<Path> alsoWrite) {
        requireReplaceable();
        Path parent = dir.getParent();
        Path fresh = parent.resolve("." + dir.getFileName() + ".new-" + ProcessHandle.current().pid());
        Path old = parent.resolve("." + dir.getFileName() + ".old-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            deleteTree(fresh);
            long quads = load(content, fresh);
            alsoWrite.accept(fresh);
            Properties p = new Properties();
            p.setProperty("fingerprint", fingerprint);
            p.setProperty("quads", Long.toString(quads));
            p.setProperty("built", java.time.Instant.now().toString());
            try (var out = Files.newOutputStream(fresh.resolve(MARKER))) {
                p.store(out, "grpo-kg store; delete this folder to force a rebuild");
            }
            requireReplaceable(); // again: another process may have opened the store meanwhile
            swapIn(fresh, old);
            return quads;
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new StoreException("cannot write store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
    }

    /** Loads every quad of {@code content} into a new TDB2 database at {@code into}. */
    private static long load(Dataset content, Path into) {
        long[] count = new long[1];
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(into));
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
                    count[0]++;
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
        }
        return count[0];
    }

    /** Renames the old store aside, the new one in, and deletes the old; puts the old back if the second rename fails. */
    private void swapIn(Path fresh, Path old) throws IOException {
        boolean hadOld = Files.exists(dir);
        if (hadOld) {
            move(dir, old);
        }
        try {
            move(fresh, dir);
        } catch (IOException e) {
            if (hadOld) {
                move(old, dir);
            }
            throw e;
        }
        deleteTree(old);
    }

    /** The store folder may be created or replaced: missing, empty, or a complete store no other process holds. */
    private void requireReplaceable() {
        if (dir.getParent() == null) {
            throw new StoreException(dir + " cannot be a store folder (it has no parent folder)", false);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a store folder: refusing to replace it", false);
        }
        if (Files.isDirectory(dir) && !Files.isRegularFile(dir.resolve(MARKER)) && !isEmpty(dir)) {
            throw new StoreException(dir + " is a folder that is not a grpo-kg store (no " + MARKER
                    + "): refusing to replace it; choose another --store", false);
        }
        requireNotBusy();
    }

    private static boolean isEmpty(Path folder) {
        try (var s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the store for reading and querying; the caller closes it with {@link #release}. */
    public Dataset open() {
        if (builtFrom().isEmpty()) {
            throw new StoreException("no complete store at " + dir + " (run: grpo-kg build)", false);
        }
        requireNotBusy();
        try {
            return TDB2Factory.connectDataset(Location.create(dir));
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).toLowerCase().contains("lock")) {
                throw busy(StoreLock.holder(dir).orElse(-1L));
            }
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Releases a dataset opened by {@link #open} so that another process may use the folder. */
    public static void release(Dataset ds) {
        if (ds != null) {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private void requireNotBusy() {
        Optional<Long> holder = StoreLock.holder(dir);
        if (holder.isPresent()) {
            throw busy(holder.get());
        }
    }

    private StoreException busy(long pid) {
        return new StoreException("store " + dir + " is in use by process " + pid
                + " (a running 'grpo-kg serve'?): query the server, or stop it first", true);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover hidden folder does no harm and is removed by the next build
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
