package org.grpokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.grpokg.TestPaths;
import org.grpokg.cli.CliRunAccess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What we write parses with a parser that is not Jena's: Raptor's {@code rapper} (Debian package
 * raptor2-utils, installed by .ci/run), which must count the same triples Jena reads back.
 * Skipped with a message where rapper is not installed.
 */
class IndependentParserIntegrationTest {

    private static final Path RAPPER = Path.of("/usr/bin/rapper");
    private static final Pattern COUNT = Pattern.compile("returned (\\d+) triples");
    private static Path store;

    @BeforeAll
    static void build() {
        Assumptions.assumeTrue(Files.isExecutable(RAPPER), "rapper (raptor2-utils) is not installed: skipped");
        store = TestPaths.tempDir("rapper-").resolve("store");
        assertEquals(0, CliRunAccess.run("build", "--data", TestPaths.DATA.toString(), "--store", store.toString()));
    }

    @ParameterizedTest
    @CsvSource({"turtle, turtle, ttl", "ntriples, ntriples, nt", "rdfxml, rdfxml, rdf"})
    void exportsParseWithRaptorToTheSameCount(String format, String raptorSyntax, String ext) throws Exception {
        Path out = TestPaths.tempDir("rapper-out-").resolve("graph." + ext);
        assertEquals(0, CliRunAccess.run("export", "--store", store.toString(), "--format", format, "-o", out.toString()));
        Model jena = RDFDataMgr.loadModel(out.toString());
        assertTrue(jena.size() > 2000, "the whole default graph");
        assertEquals(jena.size(), rapperCount(out, raptorSyntax), format + ": rapper reads what Jena reads");
    }

    private static long rapperCount(Path file, String syntax) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(RAPPER.toString(), "-i", syntax, "-c", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "rapper finished");
        assertEquals(0, p.exitValue(), output);
        Matcher m = COUNT.matcher(output);
        assertTrue(m.find(), output);
        return Long.parseLong(m.group(1));
    }
}
