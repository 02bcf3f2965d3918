package org.grpokg.bench;

import java.util.List;
import java.util.Random;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Iris;
import org.grpokg.rdf.Vocab;
import org.grpokg.search.SearchIndex;

/**
 * Search latency at N synthetic entries (titles, short names, base models): builds the index
 * in memory and times queries. Usage: {@code SearchLatency N}.
 */
public final class SearchLatency {

    private SearchLatency() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Random rnd = new Random(42);
        String[] words = {"visual", "reasoning", "reinforcement", "learning", "multimodal", "grounding", "medical", "geometry",
            "policy", "optimisation", "reward", "video", "chart", "spatial", "perception", "zero", "aha", "moment"};
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        for (int i = 0; i < n; i++) {
            var e = NodeFactory.createURI(Iris.BASE + "entry/arxiv/25" + String.format("%02d.%05d", 1 + i % 12, i));
            StringBuilder title = new StringBuilder("Paper " + i + ":");
            for (int w = 0; w < 8; w++) {
                title.append(' ').append(words[rnd.nextInt(words.length)]);
            }
            dsg.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, e, RDF.type.asNode(), GKG.Entry.asNode());
            dsg.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, e, DCTerms.title.asNode(), NodeFactory.createLiteralString(title.toString()));
            dsg.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, e, Vocab.Schema.alternateName.asNode(), NodeFactory.createLiteralString("System-" + i));
            var m = NodeFactory.createURI(Iris.model("org" + (i % 1000) + "/Model-" + i));
            dsg.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, m, GKG.huggingFaceId.asNode(), NodeFactory.createLiteralString("org" + (i % 1000) + "/Model-" + i));
        }
        dsg.commit();
        dsg.end();
        long t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.inMemory(dsg)) {
            System.out.printf("indexed %d documents in %.1f s%n", index.size(), (System.nanoTime() - t0) / 1e9);
            List<String> queries = List.of("visual reasoning", "System-4711", "org17/Model-99017", "aha mom", "geometry reward video", "v", "zzz");
            for (int round = 0; round < 2; round++) {
                for (String q : queries) {
                    long s = System.nanoTime();
                    int hits = 0;
                    for (int k = 0; k < 20; k++) {
                        hits = index.search(q, 50).size();
                    }
                    if (round == 1) {
                        System.out.printf("%-24s %2d hits  %.2f ms per query%n", q, hits, (System.nanoTime() - s) / 20 / 1e6);
                    }
                }
            }
        }
    }
}
