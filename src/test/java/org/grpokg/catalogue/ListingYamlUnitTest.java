package org.grpokg.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grpokg.TestPaths;
import org.grpokg.model.ArxivId;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Listing;
import org.grpokg.model.PartialDate;
import org.grpokg.model.RepoRef;
import org.grpokg.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** The listing block: what import writes, EntryFactsReader reads back the same; what contradicts its key is an error. */
class ListingYamlUnitTest {

    private final Path dir = TestPaths.tempDir("listing-");

    private static Entry paper() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("RL", "GRPO");
        notes.put("Task: detail", "Math, \"quoted\"");
        return new Entry(EntryKind.IMPORTED, new ArxivId("2503.12937"), new RepoRef("jingyi0000", "R1-VL"),
                new Listing("Title: With \"Quotes\" and a Colon", PartialDate.parse("2025-03").orElseThrow(),
                        "https://arxiv.org/pdf/2503.12937v2", "https://github.com/jingyi0000/R1-VL", null, null, null,
                        "Image MLLM", List.of("Model", "Image MLLM"), notes, new SourcePosition("lists/x.md", 28)));
    }

    private static Entry project() {
        return new Entry(EntryKind.IMPORTED, null, new RepoRef("hiyouga", "EasyR1"), new Listing("EasyR1", null, null,
                "https://github.com/hiyouga/EasyR1", null, null, null, "", List.of(), Map.of(), new SourcePosition("lists/y.md", 78)));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        List<Entry> back = new ArrayList<>();
        try (EntryYamlWriter w = EntryYamlWriter.folder(dir, n -> { })) {
            w.accept(paper());
            w.accept(project());
            assertEquals(2, w.written());
        }
        EntryFactsReader reader = new EntryFactsReader();
        for (String name : List.of("2503.12937.yaml", "hiyouga+EasyR1.yaml")) {
            Path file = dir.resolve(name);
            EntryFactsReader.EntryFile ef = reader.readEntryFile(file);
            back.add(ef.listing().toEntry(ef.facts().entry(), new SourcePosition(file.toString(), 0)));
        }
        assertEquals(paper(), back.get(0));
        assertEquals(project(), back.get(1));
        assertTrue(Files.readString(dir.resolve("2503.12937.yaml")).startsWith("entry: \"2503.12937\"\n"),
                "an arXiv id stays a string, not a number");
    }

    @Test
    void aStreamHoldsOneDocumentPerEntryAndAnExistingFileIsKept() throws IOException {
        StringWriter out = new StringWriter();
        try (EntryYamlWriter w = EntryYamlWriter.stream(out, "header")) {
            w.accept(paper());
            w.accept(project());
        }
        assertTrue(out.toString().startsWith("# header\n---\nentry: \"2503.12937\""), out.toString());
        assertEquals(2, out.toString().lines().filter("---"::equals).count(), "one document marker per entry");

        Path existing = Files.writeString(dir.resolve("hiyouga+EasyR1.yaml"), "entry: hiyouga/EasyR1\n");
        List<String> notices = new ArrayList<>();
        try (EntryYamlWriter w = EntryYamlWriter.folder(dir, notices::add)) {
            w.accept(project());
            assertEquals(0, w.written());
            assertEquals(1, w.kept());
        }
        assertEquals("entry: hiyouga/EasyR1\n", Files.readString(existing), "never overwritten");
        assertTrue(notices.get(0).contains("exists, not overwritten"), notices.toString());
    }

    @Test
    void aListingThatContradictsItsKeyIsAnError() {
        SourcePosition at = new SourcePosition("entries/x.yaml", 0);
        ListingYaml otherPaper = new ListingYaml("T", null, "https://arxiv.org/abs/2503.00001", null, null, null, null, null, null, null);
        assertTrue(assertThrows(CatalogueException.class, () -> otherPaper.toEntry("2503.00002", at)).getMessage()
                .contains("names arXiv 2503.00001, not the entry 2503.00002"));
        assertTrue(assertThrows(CatalogueException.class, () -> otherPaper.toEntry("a/b", at)).getMessage()
                .contains("the entry's key should be that id"));
        ListingYaml subfolder = new ListingYaml("T", null, null, "https://github.com/a/b/tree/main/x", null, null, null, null, null, null);
        assertTrue(assertThrows(CatalogueException.class, () -> subfolder.toEntry("2503.00002", at)).getMessage()
                .contains("not the root of a GitHub repository"));
        ListingYaml badDate = new ListingYaml("T", "March", null, null, null, null, null, null, null, null);
        assertTrue(assertThrows(CatalogueException.class, () -> badDate.toEntry("2503.00002", at)).getMessage()
                .contains("listing.date 'March'"));
        ListingYaml noTitle = new ListingYaml(" ", null, null, null, null, null, null, null, null, null);
        assertThrows(CatalogueException.class, () -> noTitle.toEntry("2503.00002", at));
    }

    @Test
    void anUnknownKeyInTheListingIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("2503.00003.yaml"), "entry: \"2503.00003\"\nlisting:\n  title: T\n  colour: red\n");
        CatalogueException e = assertThrows(CatalogueException.class, () -> new EntryFactsReader().readEntryFile(file));
        assertTrue(e.describe().contains("colour"), e.describe());
    }

    @Test
    void withoutListingTheFileReadsAsBefore() {
        EntryFactsReader.EntryFile ef = new EntryFactsReader().readEntryFile(Path.of("data/entries/2503.12797.yaml"));
        assertEquals("2503.12797", ef.facts().entry());
        assertNull(ef.listing());
    }
}
