package org.grpokg.server.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.grpokg.server.answers.DataVersion;
import org.grpokg.server.ld.ServerQueries;

/**
 * Every entry of the catalogue in catalogue order (section, position, title, IRI: {@code server/home-entries.rq}
 * without filters or LIMIT), with the title and date the table shows. Read once per version of the data and
 * kept by {@link Site}, so a page of the catalogue table is a slice of this list (or of its entries that pass
 * the filters) instead of a query that orders the whole catalogue for every request (docs/decisions/0021).
 */
public final class CatalogueOrder {

    /** One entry as the table lists it. */
    public record Row(Node entry, String title, Node date) {
    }

    private static final Var ENTRY = Var.alloc("entry");
    private static final Var TITLE = Var.alloc("title");
    private static final Var DATE = Var.alloc("date");

    private final List<Row> rows;
    /** The version of the data it was read from; empty when the store has none. */
    private final OptionalLong version;

    private CatalogueOrder(List<Row> rows, OptionalLong version) {
        this.rows = List.copyOf(rows);
        this.version = version;
    }

    /** Reads the order from the store (one query over every entry: seconds at 100,000 entries). */
    public static CatalogueOrder read(DatasetGraph dsg) {
        // TDB2's rows resolve their terms lazily: read them inside a read transaction
        return Txn.calculateRead(dsg, () -> {
            List<Row> rows = new ArrayList<>();
            for (Binding b : ServerQueries.select(dsg, ServerQueries.query("home-entries"))) {
                rows.add(new Row(b.get(ENTRY), b.get(TITLE).getLiteralLexicalForm(), b.get(DATE)));
            }
            return new CatalogueOrder(rows, DataVersion.ofTransaction(dsg));
        });
    }

    /** False when {@code dsg} has committed changes since the order was read (as far as its data version tells: a store without one is taken as unchanged). */
    public boolean current(DatasetGraph dsg) {
        if (version.isEmpty()) {
            return true;
        }
        OptionalLong now = DataVersion.committed(dsg);
        return now.isEmpty() || now.getAsLong() == version.getAsLong();
    }

    /** Every row, in catalogue order. */
    public List<Row> rows() {
        return rows;
    }

    /** The rows of the entries in {@code entries}, in catalogue order. */
    public List<Row> only(Collection<Node> entries) {
        Set<Node> wanted = entries instanceof Set<Node> s ? s : Set.copyOf(entries);
        return rows.stream().filter(r -> wanted.contains(r.entry())).toList();
    }
}
