package org.grpokg.validate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.rdf.GKG;

/**
 * Checks a graph that comes in units ({@link org.grpokg.rdf.GraphMapper#stream}) against the
 * shapes, one unit at a time, so that memory holds one unit, the vocabulary and the catalogue's
 * header, never the whole graph. Each unit is checked together with:
 * <ul>
 * <li>the ontology and taxonomies (one small shared graph, for {@code sh:class} and subclasses);</li>
 * <li>the first unit, the catalogue and its sections (records point at sections);</li>
 * <li>for a lineage target in another unit, {@code rdf:type gkg:Entry} when the target is an
 *     entry of the catalogue (known from a set of 64-bit hashes of the entry IRIs, 8 bytes an entry).</li>
 * </ul>
 * Only problems whose focus node is described in the unit itself are kept, and the messages
 * are those of checking the whole graph, collected sorted without repeats.
 * See docs/decisions/0016-store-generations-and-streaming-build.md.
 */
public final class UnitValidator {

    private static final Node BUILDS_ON = GKG.buildsOn.asNode();
    private static final Node ENTRY = GKG.Entry.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private final ShapesValidator shapes;
    private final Graph vocabulary;
    private final long[] entryHashes;
    private Graph header;
    private final Set<String> problems = new TreeSet<>();
    private long units;

    /**
     * @param vocabulary the ontology and taxonomies, as one graph
     * @param entryIris  the IRI of every entry of the catalogue
     */
    public UnitValidator(ShapesValidator shapes, Graph vocabulary, Iterable<String> entryIris) {
        this.shapes = shapes;
        this.vocabulary = vocabulary;
        long[] h = new long[16];
        int n = 0;
        for (String iri : entryIris) {
            if (n == h.length) {
                h = Arrays.copyOf(h, n * 2);
            }
            h[n++] = hash(iri);
        }
        this.entryHashes = Arrays.copyOf(h, n);
        Arrays.sort(entryHashes);
    }

    /** Checks the next unit; the first one is the catalogue with its sections. */
    public void check(Dataset unit) {
        Graph data = unit.getDefaultModel().getGraph();
        Set<Node> own = new HashSet<>();
        data.find().forEachRemaining(t -> own.add(t.getSubject()));
        Predicate<Node> focus;
        Graph union;
        if (units++ == 0) {
            header = GraphFactory.createDefaultGraph();
            data.find().forEachRemaining(header::add);
            // the vocabulary is checked once, with the header, as whole-graph checking does
            vocabulary.find().forEachRemaining(t -> own.add(t.getSubject()));
            union = merged(data, vocabulary);
        } else {
            Graph context = GraphFactory.createDefaultGraph();
            data.find(Node.ANY, BUILDS_ON, Node.ANY).forEachRemaining(t -> {
                Node target = t.getObject();
                if (target.isURI() && !data.contains(target, TYPE, ENTRY) && isEntry(target.getURI())) {
                    context.add(Triple.create(target, TYPE, ENTRY));
                }
            });
            union = merged(data, header, context, vocabulary);
        }
        focus = own::contains;
        problems.addAll(shapes.problems(union, focus));
    }

    /**
     * One graph holding the parts: SHACL's many small finds on one indexed graph cost less than on a
     * union of four, which asks each part and removes repeats (decision 0022).
     */
    private static Graph merged(Graph... parts) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Graph part : parts) {
            part.find().forEachRemaining(g::add);
        }
        return g;
    }

    private boolean isEntry(String iri) {
        return Arrays.binarySearch(entryHashes, hash(iri)) >= 0;
    }

    /** True while no unit checked so far has a problem. */
    public boolean conforms() {
        return problems.isEmpty();
    }

    /** The problems of every unit checked so far. */
    public ShapesReport report() {
        return new ShapesReport(java.util.List.copyOf(problems));
    }

    /** 64-bit FNV-1a over the UTF-8 bytes: collisions among a million IRIs are about 1 in 10^7. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

}
