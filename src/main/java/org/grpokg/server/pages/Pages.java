package org.grpokg.server.pages;

import org.apache.jena.fuseki.main.FusekiServer;
import org.grpokg.describe.DatasetDescription;
import org.grpokg.server.ld.LinkedDataServlet;

/**
 * Mounts the pages for people and the linked-data answers beside Fuseki's endpoints: the home
 * page at {@code /}, search at {@code /search}, the query library at {@code /queries}, the
 * dataset description at {@code /.well-known/void}, the graph's own IRIs ({@code /id/...},
 * {@code /ontology}, {@code /taxonomies}), the site's files at {@code /static/}, and the Fuseki
 * UI at {@code /ui/}.
 */
public final class Pages {

    private Pages() {
    }

    public static void mount(FusekiServer.Builder builder, Site site) {
        LinkedDataServlet resources = new LinkedDataServlet(site.dsg());
        builder.addServlet("", new HomeServlet(site))
                .addServlet("/search", new SearchServlet(site))
                .addServlet("/queries", new QueriesServlet(site))
                .addServlet(DatasetDescription.PATH, new VoidServlet(site))
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
