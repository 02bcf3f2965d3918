package org.grpokg.server.answers;

import java.util.OptionalLong;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of the data in a TDB2 store: TDB2's own counter, which its transaction coordinator
 * advances at every committed write, under the same lock under which a read transaction takes
 * its snapshot and the version it sees. So a read transaction's version names exactly the data
 * it reads, whatever wrote it: a SPARQL Update or Graph Store write through the server, or code
 * in this process holding the dataset. (A build writes a new store generation; a running server
 * keeps its own until it restarts, docs/decisions/0016.) Other datasets (in memory, a remote
 * store) have no version here: empty.
 */
public final class DataVersion {

    private DataVersion() {
    }

    /** The version of the data the read (or write) transaction of this thread on {@code dsg} sees; empty outside one or when not TDB2. */
    public static OptionalLong ofTransaction(DatasetGraph dsg) {
        DatasetGraphTDB tdb = tdb(dsg);
        if (tdb == null || !(tdb.getTxnSystem() instanceof TransactionalBase base)) {
            return OptionalLong.empty();
        }
        Transaction txn = base.getThreadTransaction();
        return txn == null ? OptionalLong.empty() : OptionalLong.of(txn.getDataVersion());
    }

    /** The version of the last committed data of {@code dsg} (or the data of this thread's transaction); empty when not TDB2. */
    public static OptionalLong committed(DatasetGraph dsg) {
        if (tdb(dsg) == null) {
            return OptionalLong.empty();
        }
        // a read transaction starts at the last commit: its version is that commit's
        return dsg.isInTransaction() ? ofTransaction(dsg) : Txn.calculateRead(dsg, () -> ofTransaction(dsg));
    }

    /** True when {@code dsg} has versions (a TDB2 store). */
    public static boolean known(DatasetGraph dsg) {
        return committed(dsg).isPresent();
    }

    private static DatasetGraphTDB tdb(DatasetGraph dsg) {
        try {
            return TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
