package org.grpokg.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.grpokg.TestPaths;
import org.grpokg.generate.DataGenerator;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.CatalogueSource;
import org.grpokg.model.EntryKey;
import org.grpokg.model.Fact;
import org.grpokg.model.LoadedCatalogue;
import org.grpokg.model.RepoRef;
import org.grpokg.rdf.ConceptIds;
import org.grpokg.rdf.GraphMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming reader ({@link DataStream}) against the reader that holds everything
 * ({@link DataReader#read}): the same entries, in the same order, with the same facts and
 * listings, the same answers about repositories, the same graph; and on every data folder of the
 * malformed-input corpus, the same first problem (message and position). Pieces of 1 and 2 lines
 * put a cut at every place the streaming reader may cut catalogue.md.
 */
class DataStreamIntegrationTest {

    private static final Path CORPUS = Path.of("src/test/resources/malformed");
    private static final Map<String, Set<String>> CONCEPTS = ConceptIds.builtIn();
    private static final int[] PIECES = {1, 2, 5, CatalogueStream.PIECE_LINES};

    private static Path generated;

    @BeforeAll
    static void generate() {
        generated = TestPaths.tempDir("stream-gen-").resolve("data");
        new DataGenerator(150, 7).writeTo(generated);
    }

    @Test
    void theRealCatalogueStreamsAsItReads() throws IOException {
        for (int piece : PIECES) {
            assertSame(TestPaths.DATA, piece);
        }
    }

    @Test
    void generatedDataStreamsAsItReadsAndMapsToTheSameGraph() {
        for (int piece : new int[] {1, CatalogueStream.PIECE_LINES}) {
            assertSame(generated, piece);
        }
        CatalogueData whole = new DataReader(CONCEPTS).read(generated);
        Dataset expected = GraphMapper.map(whole);
        Dataset streamed = DatasetFactory.create();
        GraphMapper.stream(DataStream.open(generated, CONCEPTS, 3, 0), 13, unit -> {
            unit.asDatasetGraph().find().forEachRemaining(q -> streamed.asDatasetGraph().add(q));
        });
        assertEquals(quads(expected), quads(streamed));
    }

    /** A section Imported in the middle of catalogue.md moves last, with entries only entry files list after its rows. */
    @Test
    void anImportedSectionInTheMiddleMovesLast() throws IOException {
        Path data = TestPaths.tempDir("stream-imported-").resolve("data");
        copy(generated, data);
        Path md = data.resolve(DataReader.CATALOGUE);
        String text = Files.readString(md);
        int at = text.indexOf("\n## ", text.indexOf("\n## ") + 1);
        Files.writeString(md, text.substring(0, at) + "\n\n## Imported\n\n- [Some project](https://github.com/Someone/Some-Project)\n"
                + "- [A paper](https://arxiv.org/abs/2101.00001)\n" + text.substring(at), StandardCharsets.UTF_8);
        assertSame(data, 1);
    }

    @Test
    void catalogueOddities() throws IOException {
        String head = "# T\n\nIntro | with a bar.\n\n## Papers\n\n| Date | Paper | Repository |\n|---|---|---|\n";
        String row1 = "| Mar 1, 2025 | [A](https://arxiv.org/abs/2503.00001) | - |\n";
        String row2 = "| Mar 2, 2025 | [B](https://arxiv.org/abs/2503.00002) | [GitHub](https://github.com/o/b) |\n";
        String bad = "| Feb 30, 2025 | [C](https://arxiv.org/abs/2503.00003) | - |\n";
        List<String> catalogues = List.of(
                // a table cut anywhere, then a paragraph holding a bar that is a row of the table
                head + row1 + row2 + "text | that is a row\n\n## Repositories Only\n\n- [X](https://github.com/o/x)\n- [Y](https://github.com/o/y)\n* [Z](https://github.com/o/z)\n",
                // a repeated key, then a bad row of the same table: the bad row is reported (the block is read first)
                head + row1 + row2 + row1 + bad,
                // a repeated key across two tables
                head + row1 + row2 + "\n## More\n\n| Date | Paper | Repository |\n|---|---|---|\n" + row2,
                // CRLF line ends and a byte order mark
                ("\uFEFF" + head + row1 + row2).replace("\n", "\r\n"),
                // a list item that goes on over two lines, and a list continued by another marker
                head + row1 + "\n## Repositories Only\n\n- [X](https://github.com/o/x)\n  more text\n- [Y](https://github.com/o/y)\n+ [Z](https://github.com/o/z)\n",
                // a link reference definition: read whole
                head + row1 + "| Mar 3, 2025 | [D][d] | - |\n\n[d]: https://arxiv.org/abs/2503.00004\n",
                // a control character after many lines
                head + row1 + row2 + "| Mar 3, 2025 | [E\u0007](https://arxiv.org/abs/2503.00005) | - |\n");
        for (String catalogue : catalogues) {
            Path data = TestPaths.tempDir("stream-odd-").resolve("data");
            Files.createDirectories(data);
            Files.writeString(data.resolve(DataReader.CATALOGUE), catalogue, StandardCharsets.UTF_8);
            for (int piece : PIECES) {
                assertSame(data, piece);
            }
        }
    }

    /** The cuts happen: a table and a bullet list of the real catalogue are cut at every row and item with pieces of one line. */
    @Test
    void piecesOfOneLineCutTablesAndLists() {
        Path md = TestPaths.DATA.resolve(DataReader.CATALOGUE);
        CatalogueReader.Listener none = new CatalogueReader.Listener() {
            @Override
            public void entry(int section, org.grpokg.model.Entry entry) {
            }

            @Override
            public void section(int section, String heading, org.grpokg.model.Section.Layout layout, int entries) {
            }
        };
        CatalogueData whole = new DataReader(CONCEPTS).read(TestPaths.DATA);
        long sections = whole.catalogue().sections().size();
        int pieces = CatalogueStream.read(md, none, e -> -1, 1, b -> { });
        // every entry but the first of each section starts a piece
        assertEquals(whole.catalogue().entries().size() - sections + 1, pieces);
        assertEquals(1, CatalogueStream.read(md, none, e -> -1, CatalogueStream.PIECE_LINES, b -> { }));
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("data")) && !d.getFileName().toString().startsWith("_"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedFolderFailsAlike(Path dir) throws IOException {
        Path data = TestPaths.tempDir("stream-malformed-").resolve("data");
        copy(CORPUS.resolve("_base/data"), data);
        for (String line : Files.readAllLines(dir.resolve("expect"), StandardCharsets.UTF_8)) {
            if (line.startsWith("remove:")) {
                delete(data.resolve(line.substring("remove:".length()).trim()));
            }
        }
        copy(dir.resolve("data"), data);
        for (int piece : new int[] {1, CatalogueStream.PIECE_LINES}) {
            assertSame(data, piece);
        }
    }

    /** Both readers give the same entries, or both fail with the same message at the same place. */
    private static void assertSame(Path data, int piece) {
        CatalogueData whole;
        try {
            whole = new DataReader(CONCEPTS).read(data);
        } catch (CatalogueException expected) {
            try {
                DataStream.open(data, CONCEPTS, piece, 0);
                fail("the streaming reader accepts what the reader refuses: " + expected.getMessage());
            } catch (CatalogueException e) {
                assertEquals(expected.getMessage(), e.getMessage(), "piece " + piece);
                assertEquals(String.valueOf(expected.position()), String.valueOf(e.position()), "piece " + piece);
            }
            return;
        }
        // pieces of one line: every entry file read again in the second pass; else as many kept as the heap allows
        DataStream stream = DataStream.open(data, CONCEPTS, piece, piece == 1 ? 0 : 1 << 20);
        CatalogueSource loaded = new LoadedCatalogue(whole);
        assertEquals(loaded.title(), stream.title());
        assertEquals(loaded.introduction(), stream.introduction());
        assertEquals(headings(loaded), headings(stream));
        assertEquals(loaded.models(), stream.models());
        assertEquals(loaded.entryCount(), stream.entryCount());
        List<CatalogueSource.ListedEntry> expected = new ArrayList<>();
        loaded.forEachEntry(expected::add);
        List<CatalogueSource.ListedEntry> actual = new ArrayList<>();
        stream.forEachEntry(actual::add);
        assertEquals(expected.size(), actual.size(), "piece " + piece);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "entry " + i + ", piece " + piece);
        }
        assertEquals(keys(loaded), keys(stream));
        Set<RepoRef> repos = new LinkedHashSet<>();
        expected.forEach(l -> {
            if (l.entry().repo() != null) {
                repos.add(l.entry().repo());
                repos.add(new RepoRef(l.entry().repo().owner().toUpperCase(), l.entry().repo().name()));
            }
            if (l.facts() != null) {
                l.facts().buildsOn().stream().map(Fact::value).map(EntryKey::parse).flatMap(java.util.Optional::stream)
                        .filter(k -> k.repo() != null).forEach(k -> repos.add(k.repo()));
            }
        });
        repos.add(new RepoRef("nobody", "nothing"));
        for (RepoRef r : repos) {
            assertEquals(loaded.entryWithRepo(r), stream.entryWithRepo(r), r.toString());
            assertEquals(loaded.spelling(r).map(RepoRef::slug), stream.spelling(r).map(RepoRef::slug), r.toString());
        }
    }

    private static List<String> headings(CatalogueSource s) {
        return s.sections().stream().map(x -> x.heading() + "/" + x.kind() + "/" + x.layout()).toList();
    }

    private static Set<String> keys(CatalogueSource s) {
        Set<String> out = new TreeSet<>();
        s.entryKeys().forEach(k -> out.add((k.repo() != null ? "repo " : "arxiv ") + k));
        return out;
    }

    private static Set<String> quads(Dataset ds) {
        DatasetGraph g = ds.asDatasetGraph();
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining((Quad q) -> out.add(q.toString()));
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
