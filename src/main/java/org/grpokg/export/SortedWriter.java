package org.grpokg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * N-Triples, Turtle and TriG whose text depends only on the triples, so that a dump under version
 * control diffs line by line: triples sorted by subject, then predicate, then object, each compared
 * by its N-Triples form in code point order (the order of {@code LC_ALL=C sort}); prefixes the fixed
 * set of {@link org.grpokg.rdf.Vocab#prefixes()}, sorted by name; in Turtle and TriG one subject per
 * block, one predicate per line and one object per line. Named graphs in TriG follow the default
 * graph, sorted by name. The triples are held in memory to sort them (a few MB at the catalogue's
 * size, about 100 MB at 10,000 entries). Blank nodes, which the data has none of, would keep
 * Jena's labels and so would not be stable.
 */
final class SortedWriter {

    /**
     * Code point order, which is also the byte order of the UTF-8 text: UTF-16 order except that
     * surrogates (U+D800..U+DFFF, the halves of characters above U+FFFF) come after U+E000..U+FFFF.
     */
    static final Comparator<String> CODE_POINTS = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (ca >= '\uD800' && cb >= '\uD800') {
                    return Character.compare(fixUp(ca), fixUp(cb));
                }
                return Character.compare(ca, cb);
            }
        }
        return Integer.compare(a.length(), b.length());
    };

    private static char fixUp(char c) {
        return (char) (c >= '\uE000' ? c - 0x800 : c + 0x2000);
    }

    /** A triple with its terms in N-Triples form, formatted once for sorting. */
    private record Row(String s, String p, String o, Triple t) {
        static Row of(Triple t, Map<Node, String> nt) {
            return new Row(nt.computeIfAbsent(t.getSubject(), NodeFmtLib::strNT),
                    nt.computeIfAbsent(t.getPredicate(), NodeFmtLib::strNT), NodeFmtLib.strNT(t.getObject()), t);
        }
    }

    private static final Comparator<Row> ROW_ORDER = Comparator.comparing(Row::s, CODE_POINTS)
            .thenComparing(Row::p, CODE_POINTS).thenComparing(Row::o, CODE_POINTS);

    private final PrefixMap prefixes;
    private final Map<Node, String> terms = new HashMap<>();
    private final Map<String, String> sortedPrefixes;

    SortedWriter(PrefixMapping prefixes) {
        this.prefixes = PrefixMapFactory.create(prefixes);
        this.sortedPrefixes = new TreeMap<>(CODE_POINTS);
        this.sortedPrefixes.putAll(prefixes.getNsPrefixMap());
    }

    static void ntriples(Graph g, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate())
                + " " + NodeFmtLib.strNT(t.getObject()) + " ."));
        lines.sort(CODE_POINTS);
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        out.flush();
    }

    void turtle(Graph g, Writer out) throws IOException {
        writePrefixes(out);
        block(g, "", out);
        out.flush();
    }

    void trig(DatasetGraph dsg, Writer out) throws IOException {
        writePrefixes(out);
        // the default graph's triples at top level, not in bare braces: every TriG reader takes that (Raptor's too)
        block(dsg.getDefaultGraph(), "", out);
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(NodeFmtLib::strNT, CODE_POINTS));
        for (Node name : names) {
            Graph g = dsg.getGraph(name);
            if (g.isEmpty()) {
                continue;
            }
            out.write("\n" + term(name) + " {\n");
            block(g, "    ", out);
            out.write("}\n");
        }
        out.flush();
    }

    private void writePrefixes(Writer out) throws IOException {
        for (Map.Entry<String, String> p : sortedPrefixes.entrySet()) {
            // the @prefix form: Turtle and TriG readers of every age read it (Raptor's TriG reader does not read PREFIX)
            out.write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
        }
    }

    /** The graph's triples by subject: a blank line, the subject, its predicates and objects indented. */
    private void block(Graph g, String indent, Writer out) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<Node, String> nt = new HashMap<>();
        g.find().forEachRemaining(t -> rows.add(Row.of(t, nt)));
        nt.clear();
        rows.sort(ROW_ORDER);
        Node subject = null;
        Node predicate = null;
        for (Row row : rows) {
            Triple t = row.t();
            if (!t.getSubject().equals(subject)) {
                if (subject != null) {
                    out.write(" .\n");
                }
                subject = t.getSubject();
                predicate = null;
                out.write("\n" + indent + term(subject));
            }
            if (!t.getPredicate().equals(predicate)) {
                out.write(predicate == null ? "\n" : " ;\n");
                predicate = t.getPredicate();
                out.write(indent + "    " + term(predicate) + " " + term(t.getObject()));
            } else {
                out.write(" ,\n" + indent + "        " + term(t.getObject()));
            }
        }
        if (subject != null) {
            out.write(" .\n");
        }
    }

    /** A term in Turtle, with a prefix where one applies; IRIs and their forms are remembered (they repeat). */
    private String term(Node n) {
        if (n.isLiteral()) {
            return NodeFmtLib.str(n, prefixes);
        }
        return terms.computeIfAbsent(n, x -> NodeFmtLib.str(x, prefixes));
    }

    static void uncheckedWrite(IOAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface IOAction {
        void run() throws IOException;
    }
}
