package org.grpokg.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.grpokg.describe.DatasetDescription;
import org.grpokg.export.ExportFormat;
import org.grpokg.export.GraphExporter;

/**
 * Writes a dated, reproducible release of the graph into a folder: the data as Turtle, gzipped
 * N-Triples (sorted lines) and JSON-LD, every graph as TriG (with the provenance graphs), the
 * dataset description (VoID + DCAT, {@value ReleaseFiles#DESCRIPTION}), SHA-256 checksums
 * ({@value ReleaseFiles#CHECKSUMS}, the format {@code sha256sum -c} reads) and, given a previous
 * release, what changed ({@value ReleaseFiles#CHANGELOG}). The same graph and the same
 * {@link ReleaseInfo} give byte-identical files: nothing depends on the clock, gzip headers carry
 * no time, N-Triples lines are sorted. The folder is written beside its place and moved in when
 * complete, so a failed release leaves nothing half-written. The public entry of the release stage.
 */
public final class ReleaseWriter {

    private ReleaseWriter() {
    }

    /** Writes the release of {@code graph} into {@code folder}, which must not exist yet; returns its files. */
    public static List<Path> write(Dataset graph, ReleaseInfo info, Path folder, Optional<Path> since) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new ReleaseException(target + ": exists already (a release is never overwritten)");
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + ".new-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(tmp);
            ReleaseFiles files = ReleaseFiles.of(info);
            // the export's own writers (each reads the store in its own transaction): N-Triples, Turtle and TriG sorted, so releases diff line by line
            write(tmp.resolve(files.turtle()), out -> GraphExporter.write(graph, ExportFormat.TURTLE, out));
            write(tmp.resolve(files.ntriplesGz()), out -> {
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    GraphExporter.write(graph, ExportFormat.NTRIPLES, gz);
                }
            });
            write(tmp.resolve(files.jsonld()), out -> GraphExporter.write(graph, ExportFormat.JSONLD, out));
            write(tmp.resolve(files.trig()), out -> GraphExporter.write(graph, ExportFormat.TRIG, out));
            DatasetDescription description = DatasetDescription.count(graph.asDatasetGraph());
            Model voidModel = description.model(new DatasetDescription.Access(null, List.of(
                    new DatasetDescription.Distribution("The data (default graph) as Turtle", info.baseUrl() + files.turtle(), "text/turtle", true),
                    new DatasetDescription.Distribution("The data as sorted N-Triples, gzipped", info.baseUrl() + files.ntriplesGz(), "application/n-triples", true),
                    new DatasetDescription.Distribution("The data as JSON-LD", info.baseUrl() + files.jsonld(), "application/ld+json", true),
                    new DatasetDescription.Distribution("Every graph (data, ontology, taxonomies, one per source) as TriG",
                            info.baseUrl() + files.trig(), "application/trig", true)),
                    info.version(), info.date().toString()));
            write(tmp.resolve(ReleaseFiles.DESCRIPTION), out -> RDFDataMgr.write(out, voidModel, RDFFormat.TURTLE_PRETTY));
            List<String> listed = new ArrayList<>(files.dumps());
            listed.add(ReleaseFiles.DESCRIPTION);
            if (since.isPresent()) {
                Previous previous = Previous.read(since.get());
                String changes = Txn.calculateRead(graph, () -> Changelog.between(previous, graph.getDefaultModel(), info));
                write(tmp.resolve(ReleaseFiles.CHANGELOG), out -> out.write(changes.getBytes(StandardCharsets.UTF_8)));
                listed.add(ReleaseFiles.CHANGELOG);
            }
            StringBuilder sums = new StringBuilder();
            for (String name : listed) {
                sums.append(sha256(tmp.resolve(name))).append("  ").append(name).append('\n');
            }
            write(tmp.resolve(ReleaseFiles.CHECKSUMS), out -> out.write(sums.toString().getBytes(StandardCharsets.UTF_8)));
            Files.createDirectories(target.getParent());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            List<Path> out = new ArrayList<>();
            listed.forEach(n -> out.add(target.resolve(n)));
            out.add(target.resolve(ReleaseFiles.CHECKSUMS));
            return out;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            body.writeTo(out);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a hidden .new- folder is left at worst
        }
    }
}
