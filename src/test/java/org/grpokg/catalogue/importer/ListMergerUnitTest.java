package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.grpokg.model.Listing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three hand-written lists (src/test/resources/import/lists/: alpha and beta tables, gamma bullets)
 * that overlap: 2599.00001 in all three; 2599.00002 in all three, titled and dated differently by
 * beta, its repository only in beta; 2599.00003 with its repository in alpha, only the repository
 * (as a project, under another title) in beta, only the paper in gamma; 2599.00004 in beta and
 * gamma; 2599.00005 in alpha only.
 */
class ListMergerUnitTest {

    static final Path LISTS = Path.of("src/test/resources/import/lists");
    static final String A = LISTS.resolve("alpha.md").toString();
    static final String B = LISTS.resolve("beta.md").toString();
    static final String C = LISTS.resolve("gamma.md").toString();

    private static List<ListMerger.Merged> merged;
    private static final List<String> reported = new ArrayList<>();

    @BeforeAll
    static void merge() {
        ListMerger merger = new ListMerger();
        for (String list : List.of(A, B, C)) {
            new ListImporter(new PrintWriter(new StringWriter())).read(Path.of(list), merger);
        }
        merged = merger.merge(reported::add);
    }

    private static ListMerger.Merged key(String key) {
        return merged.stream().filter(m -> m.entry().key().toString().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> places(ListMerger.Merged m) {
        return m.listings().stream().map(l -> l.source().toString()).toList();
    }

    @Test
    void oneEntryPerWorkInTheOrderFirstListed() {
        assertEquals(List.of("2599.00001", "2599.00002", "2599.00003", "2599.00005", "2599.00004"),
                merged.stream().map(m -> m.entry().key().toString()).toList());
    }

    @Test
    void everyListingIsKeptWithItsListLineTitleAndDate() {
        ListMerger.Merged lantern = key("2599.00001");
        assertEquals(List.of(A + ":7", B + ":7", C + ":5"), places(lantern));
        assertEquals("fx-lab/lantern", lantern.entry().repo().slug());
        ListMerger.Merged beacon = key("2599.00002");
        assertEquals(List.of(A + ":8", B + ":8", C + ":6"), places(beacon));
        assertEquals(List.of("Beacon: Spatial Steps", "Beacon: Spatial Steps in Three Dimensions", "Beacon: Spatial Steps"),
                beacon.listings().stream().map(Listing::title).toList());
        assertEquals(List.of("2025-04", "2025-05", "2025-04"), beacon.listings().stream().map(l -> l.date().toString()).toList());
        assertEquals("Beacon: Spatial Steps", beacon.entry().title(), "the first listing describes the entry");
        assertEquals("fx-lab/beacon", beacon.entry().repo().slug(), "the repository only the second list gives");
        assertEquals(List.of(B + ":9", C + ":11"), places(key("2599.00004")));
        assertEquals(List.of(A + ":10"), places(key("2599.00005")));
    }

    @Test
    void aRepositoryOnlyListingJoinsThePaperWithThatRepository() {
        ListMerger.Merged harbor = key("2599.00003");
        assertEquals(List.of(A + ":9", B + ":15", C + ":7"), places(harbor));
        assertEquals("fx-lab/harbor", harbor.entry().repo().slug());
        assertEquals("2599.00003", harbor.entry().arxivId().id());
    }

    @Test
    void disagreementsAreReportedOneLineEach() {
        assertEquals(List.of(
                B + ":8: 2599.00002 is titled 'Beacon: Spatial Steps in Three Dimensions' here and 'Beacon: Spatial Steps' at " + A + ":8",
                B + ":8: 2599.00002 is dated 2025-05 here and 2025-04 at " + A + ":8",
                B + ":15: 2599.00003 is titled 'Harbor' here and 'Harbor Tool' at " + A + ":9"), reported);
    }

    @Test
    void aRepositoryTwoPapersLinkStaysAnEntryOfItsOwn() {
        ListMerger merger = new ListMerger();
        new ListImporter(new PrintWriter(new StringWriter())).read(Path.of(A), merger);
        // a repository-only entry whose repository two papers name: which paper it is cannot be told
        org.grpokg.model.RepoRef repo = new org.grpokg.model.RepoRef("fx-lab", "lantern");
        merger.accept(new org.grpokg.model.Entry(org.grpokg.model.EntryKind.IMPORTED, new org.grpokg.model.ArxivId("2599.00009"), repo,
                Listing.ofCatalogue("Other", null, null, repo.url(), null, "", new org.grpokg.model.SourcePosition("d.md", 3))));
        merger.accept(new org.grpokg.model.Entry(org.grpokg.model.EntryKind.IMPORTED, null, repo,
                Listing.ofCatalogue("Lantern code", null, null, repo.url(), null, "", new org.grpokg.model.SourcePosition("d.md", 4))));
        List<String> lines = new ArrayList<>();
        List<ListMerger.Merged> m = merger.merge(lines::add);
        assertEquals("fx-lab/lantern", m.get(m.size() - 1).entry().key().toString());
        assertEquals(List.of("d.md:4: repository fx-lab/lantern is linked from 2 papers (2599.00001, 2599.00009): kept as an entry of its own"),
                lines);
    }
}
