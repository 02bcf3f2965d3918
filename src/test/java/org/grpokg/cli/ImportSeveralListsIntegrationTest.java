package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.Test;

/** {@code grpo-kg import A.md B.md C.md}: merged entries with every listing, facts citing their lists, disagreements on stderr. */
class ImportSeveralListsIntegrationTest {

    private static final String A = "src/test/resources/import/lists/alpha.md";
    private static final String B = "src/test/resources/import/lists/beta.md";
    private static final String C = "src/test/resources/import/lists/gamma.md";

    @Test
    void threeListsMergeIntoOneStreamWithListingsAndTheirDisagreements() {
        CliRun r = CliRun.of("import", A, B, C);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# entries of " + A + ", " + B + ", " + C + ", read by grpo-kg import\n"), r.out());
        assertEquals(5, r.out().lines().filter(l -> l.startsWith("entry: ")).count(), "five works: " + r.out());
        assertTrue(r.out().contains("entry: \"2599.00002\"\nlistings:\n- title: \"Beacon: Spatial Steps\"\n  date: 2025-04\n"), r.out());
        assertTrue(r.out().contains("- id: beta\n  file: " + B + "\n  what: the list beta.md\n"), r.out());
        assertTrue(r.out().contains("- id: step-grpo\n  source: beta\n  note: \"line 8, RL Algorithm: StepGRPO\"\n"), r.out());
        assertTrue(r.out().contains("entry: \"2599.00005\"\nlisting:\n"), "an entry only one list has keeps the listing: block");
        List<String> err = r.errLines();
        assertTrue(err.contains(B + ":8: 2599.00002 is dated 2025-05 here and 2025-04 at " + A + ":8"), r.err());
        assertTrue(err.contains(B + ":15: 2599.00003 is titled 'Harbor' here and 'Harbor Tool' at " + A + ":9"), r.err());
        assertTrue(err.contains(A + ":9: column 'RL': 'Mirror Descent Magic' matches no RL algorithm"), r.err());
        assertTrue(err.contains(A + ":9: column 'Modality': 'Smell' matches no modality"), r.err());
        assertTrue(err.contains("3 lists: 5 entries after merging, 4 of them in more than one list"), r.err());
    }

    @Test
    void intoAFolderAgainstTheCatalogueTheFilesBuild() throws IOException {
        Path data = TestPaths.copyOfData();
        CliRun r = CliRun.of("import", A, B, C, "--against", data.resolve("catalogue.md").toString(), "-o", data.resolve("entries") + "/");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("5 not in " + data.resolve("catalogue.md") + " yet, 0 already there"), r.err());
        String lantern = Files.readString(data.resolve("entries/2599.00001.yaml"));
        assertTrue(lantern.contains("listings:\n- title:"), lantern);
        assertTrue(lantern.contains("- id: Qwen/Qwen2.5-VL-7B-Instruct\n  source: alpha\n"), "models come from the data folder of --against");
        CliRun v = CliRun.of("validate", "--data", data.toString());
        assertEquals(0, v.code(), v.out() + v.err());
    }

    @Test
    void oneListStillWritesOneListingBlock() {
        CliRun r = CliRun.of("import", B);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("entry: \"2599.00001\"\nlisting:\n  title: \"Lantern: Counting Sheep with Group Rewards\"\n"), r.out());
        assertFalse(r.out().contains("listings:"), r.out());
        assertTrue(r.err().contains(B + ": facets: "), r.err());
    }

    @Test
    void aMissingSecondListIsBadInputInOneLine() {
        CliRun r = CliRun.of("import", A, "src/test/resources/import/lists/nope.md");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.errLine().contains("nope.md"), r.err());
        assertEquals("", r.out());
    }
}
