package org.grpokg.server.pages;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.server.ld.LinkedDataServlet;

/**
 * Mounts the pages for people beside Fuseki's endpoints: the home page at {@code /}, the site's
 * files at {@code /static/}, and the Fuseki UI at {@code /ui/}.
 */
public final class Pages {

    private Pages() {
    }

    public static void mount(FusekiServer.Builder builder, DatasetGraph dsg) {
        LinkedDataServlet resources = new LinkedDataServlet(dsg);
        builder.addServlet("", new HomeServlet())
                .addServlet("/static/*", new StaticFilesServlet("static/", "META-INF/resources/"))
                .addServlet("/ui/*", new FusekiUiServlet())
                .addServlet("/id/*", resources)
                .addServlet("/ontology", resources)
                .addServlet("/ontology/*", resources)
                .addServlet("/taxonomies", resources)
                .addServlet("/taxonomies/*", resources)
                // the UI's old address
                .addServlet("/index.html", new RedirectServlet(FusekiUiServlet.PATH));
    }
}
