package org.grpokg.server.lineage;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Mounts the lineage picture at {@code /lineage} (drawn in the browser by Cytoscape.js, which
 * the server serves itself from its WebJar under {@code /static/webjars/}), its data at
 * {@code /lineage.json}, and the timeline of entries by month at {@code /timeline}.
 */
public final class LineagePages {

    /** The Cytoscape.js build the page loads; the version is the WebJar's (pom.xml, cytoscape.version). */
    static final String CYTOSCAPE = "/static/webjars/cytoscape/" + WebJar.version("cytoscape") + "/dist/cytoscape.min.js";

    private LineagePages() {
    }

    public static void mount(FusekiServer.Builder builder, DatasetGraph dsg) {
        builder.addServlet("/lineage", new LineagePageServlet(dsg))
                .addServlet("/lineage.json", new LineageJsonServlet(dsg))
                .addServlet("/timeline", new TimelineServlet(dsg));
    }
}
