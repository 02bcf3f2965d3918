package org.grpokg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene index of the graph's resources by their names: titles, labels, short names, Hugging
 * Face and GitHub ids, arXiv ids. One document per resource of this project. Written at build
 * time into the store folder ({@value #FOLDER}/), so it is swapped in with the TDB2 database it
 * was made from; a server without one builds it in memory at start. See
 * docs/decisions/0007-browsing.md.
 */
public final class SearchIndex implements AutoCloseable {

    /** The index's folder inside a store folder. */
    public static final String FOLDER = "search";

    public record Hit(String iri, String label, String kind) {
    }

    private final Directory directory;
    // hands out searchers and swaps in a new one after rebuild(), closing the old when its last search ends
    private final SearcherManager searchers;
    private final Analyzer analyzer = new StandardAnalyzer();

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
    }

    /** Writes the index of {@code dsg} into {@code dir} (created; must not hold an index yet). */
    public static void write(DatasetGraph dsg, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Directory d = FSDirectory.open(dir)) {
                write(dsg, d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + dir, e);
        }
    }

    /** Opens the index in {@code dir}. */
    public static SearchIndex open(Path dir) {
        try {
            return new SearchIndex(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /** True when {@code dir} holds an index. */
    public static boolean exists(Path dir) {
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What an index is made of: the default graph's statements by these predicates (names, ids,
     * types) and the {@link #sourceGraphs()} whole; a copy of just these indexes as the whole graph does.
     */
    public static java.util.List<org.apache.jena.graph.Node> sourceProperties() {
        return SearchDocuments.sourceProperties();
    }

    /** The named graphs an index reads whole (the ontology and the taxonomies). */
    public static java.util.List<org.apache.jena.graph.Node> sourceGraphs() {
        return SearchDocuments.sourceGraphs();
    }

    /** An index of {@code dsg} in memory. */
    public static SearchIndex inMemory(DatasetGraph dsg) {
        try {
            Directory d = new ByteBuffersDirectory();
            write(dsg, d);
            return new SearchIndex(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DatasetGraph dsg, Directory d) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(d, config)) {
            // one read transaction while the documents stream out of the graph, one resource at a time
            org.apache.jena.system.Txn.executeRead(dsg, () -> {
                for (Document doc : (Iterable<Document>) () -> SearchDocuments.of(dsg)) {
                    try {
                        writer.addDocument(doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            writer.commit();
        }
    }

    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the index again from {@code dsg}, in the same place (on disk: the store folder's
     * index), and searches with it from now on; searches under way finish on the old one. The
     * server calls it after each update it commits.
     */
    public synchronized void rebuild(DatasetGraph dsg) {
        try {
            write(dsg, directory);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index", e);
        }
    }

    /**
     * Resources whose names hold every word of {@code text} (the last one also as a prefix, for
     * search as you type), best first: an exact id or name, then title and label matches.
     */
    public List<Hit> search(String text, int limit) {
        Query q = query(text);
        if (q == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
                    Document d = searcher.storedFields().document(sd.doc);
                    hits.add(new Hit(d.get(SearchDocuments.IRI), d.get(SearchDocuments.LABEL), d.get(SearchDocuments.KIND)));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Query query(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            BooleanQuery.Builder word = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(SearchDocuments.TEXT, w)), 2f), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(SearchDocuments.TITLE, w)), 1.5f), Occur.SHOULD);
            if (i == words.size() - 1 && w.length() >= 2) {
                word.add(new PrefixQuery(new Term(SearchDocuments.TEXT, w)), Occur.SHOULD);
            }
            all.add(word.build(), Occur.MUST);
        }
        // a whole id or name typed as it is (Qwen/Qwen2-VL-2B, VLM-R1) comes first
        BooleanQuery.Builder top = new BooleanQuery.Builder().add(all.build(), Occur.MUST)
                .add(new BoostQuery(new TermQuery(new Term(SearchDocuments.EXACT, text.strip().toLowerCase(Locale.ROOT))), 20f), Occur.SHOULD);
        return top.build();
    }

    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(SearchDocuments.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 16) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
