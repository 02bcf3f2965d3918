package org.grpokg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every .ttl file in the repository (outside build output) parses. */
class TurtleFilesUnitTest {

    @TestFactory
    Stream<DynamicTest> everyTurtleFileParses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("."))) {
            files = s.filter(p -> p.toString().endsWith(".ttl"))
                    .filter(p -> !p.startsWith("./target") && !p.startsWith("./.git"))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(f).parse(m);
            assertTrue(m.size() > 0, f + " is not empty");
        }));
    }
}
