package org.grpokg.bench;

import java.io.OutputStream;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.grpokg.rdf.Vocab;
import org.grpokg.store.KgStore;

/**
 * Times the stages of a Turtle export in one JVM (copy the default graph out of TDB2, write it
 * pretty, write it as N-Triples), to show where export time goes. Usage: {@code ExportPhases STOREDIR}.
 */
public final class ExportPhases {

    private ExportPhases() {
    }

    public static void main(String[] args) {
        Dataset ds = new KgStore(Path.of(args[0])).open();
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            Model m = Txn.calculateRead(ds, () -> ModelFactory.createDefaultModel().add(ds.getDefaultModel()));
            m.setNsPrefixes(Vocab.prefixes());
            long t1 = System.nanoTime();
            RDFDataMgr.write(OutputStream.nullOutputStream(), m, RDFFormat.TURTLE_PRETTY);
            long t2 = System.nanoTime();
            RDFDataMgr.write(OutputStream.nullOutputStream(), m, RDFFormat.NTRIPLES);
            long t3 = System.nanoTime();
            System.out.printf("round %d: copy %d ms, pretty Turtle %d ms, N-Triples %d ms (%d triples)%n", round,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, m.size());
        }
        KgStore.release(ds);
    }
}
