package org.grpokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.grpokg.catalogue.DataReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The freshness check looks at each input file once (decision 0026): the listing it walks does
 * not {@code stat} (so it names a folder called {@code x.yaml}, or a catalogue.md that is not
 * there), and the fingerprint's own {@code stat} leaves out what is not a regular file. The
 * result is the fingerprint of the checked list of input files, and an edit is still seen.
 */
class OneStatPerFileUnitTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path data;

    private Path base() throws Exception {
        Files.createDirectories(data.resolve("entries/folder.yaml")); // a folder with a YAML name: not an input
        Files.writeString(data.resolve("entries/a.yaml"), "title: A\n");
        Files.writeString(data.resolve("entries/b.yaml"), "title: B\n");
        Files.writeString(data.resolve("entries/.hidden.yaml"), "title: editor lock\n");
        Files.createDirectories(data.resolve("models"));
        Files.writeString(data.resolve("models/m.yml"), "id: m\n");
        return data.toAbsolutePath().normalize();
    }

    private static List<String> names(Path base, Iterable<Path> paths) {
        List<String> out = new ArrayList<>();
        paths.forEach(p -> out.add(base.relativize(p).toString()));
        return out;
    }

    @Test
    void theListingDoesNotStatAndTheFingerprintLeavesOutWhatIsNotAFile() throws Exception {
        Path base = base(); // no catalogue.md
        List<String> candidates = names(base, DataReader.inputCandidates(base));
        assertTrue(candidates.contains("entries/folder.yaml"), "the listing names the folder: it did not stat it " + candidates);
        assertTrue(candidates.contains("catalogue.md"), "nor the missing catalogue " + candidates);
        assertEquals(List.of("entries/a.yaml", "entries/b.yaml", "models/m.yml"), names(base, DataReader.inputFiles(base)));

        Fingerprint.Result once = Fingerprint.of(base, DataReader.inputCandidates(base), List.of(), InputStamps.none());
        assertEquals(Fingerprint.of(base, DataReader.inputFiles(base), List.of()), once.value(),
                "the same fingerprint as over the checked list of files");
        assertEquals(Set.of("entries/a.yaml", "entries/b.yaml", "models/m.yml"), new TreeSet<>(once.stamps().records().keySet()),
                "records only for regular files");
        assertEquals(3, once.filesRead());
    }

    @Test
    void anEditIsSeenAndACatalogueThatAppearsCounts() throws Exception {
        Path base = base();
        Fingerprint.Result first = Fingerprint.of(base, DataReader.inputCandidates(base), List.of(), InputStamps.none());
        InputStamps later = new InputStamps(base.toString(), first.stamps().checkedNanos() + 60 * SECOND, first.stamps().records());

        Files.writeString(data.resolve("entries/b.yaml"), "title: C\n"); // same size
        Fingerprint.Result edited = Fingerprint.of(base, DataReader.inputCandidates(base), List.of(), later);
        assertNotEquals(first.value(), edited.value(), "the edit is seen");
        assertEquals(1, edited.filesRead(), "only the edited file is read");
        assertEquals(Fingerprint.of(base, DataReader.inputFiles(base), List.of()), edited.value());

        Files.writeString(data.resolve("catalogue.md"), "# list\n");
        Fingerprint.Result withCatalogue = Fingerprint.of(base, DataReader.inputCandidates(base), List.of(), edited.stamps());
        assertNotEquals(edited.value(), withCatalogue.value(), "a new catalogue.md is an input");
        assertEquals(Fingerprint.of(base, DataReader.inputFiles(base), List.of()), withCatalogue.value());
    }
}
