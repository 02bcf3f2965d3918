package org.grpokg.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/** A previous release, read back for {@code --since}: its data from its N-Triples dump. */
record Previous(String name, Model data) {

    static Previous read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ReleaseException(folder + ": no such release folder (--since)");
        }
        List<Path> dumps;
        try (Stream<Path> files = Files.list(folder)) {
            dumps = files.filter(p -> p.getFileName().toString().endsWith(".nt.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dumps.size() != 1) {
            throw new ReleaseException(folder + ": expected one *.nt.gz dump of a grpo-kg release, found " + dumps.size());
        }
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dumps.get(0)))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(m);
        } catch (IOException | RiotException e) {
            throw new ReleaseException(dumps.get(0) + ": cannot read: " + e.getMessage());
        }
        String name = dumps.get(0).getFileName().toString().replaceFirst("\\.nt\\.gz$", "");
        return new Previous(name, m);
    }
}
