package org.grpokg.server.pages;

import org.grpokg.server.PageRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.RDFDataMgr;
import org.grpokg.describe.DatasetDescription;
import org.grpokg.server.ld.LinkedDataServlet;
import org.grpokg.server.ld.LocalIris;
import org.grpokg.server.ld.RdfVariant;

/** The dataset description at {@code /.well-known/void}: a page, or VoID and DCAT as RDF, by content negotiation. */
public final class VoidServlet extends HttpServlet {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final Site site;

    public VoidServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<RdfVariant> chosen = LinkedDataServlet.variant(req);
        if (chosen.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("Not acceptable: the dataset description is available as HTML, Turtle, JSON-LD, N-Triples and RDF/XML.\n");
            return;
        }
        DatasetDescription d = site.description();
        String base = base(req);
        if (chosen.get().isRdf()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            RDFDataMgr.write(body, d.model(base), chosen.get().rdfFormat());
            resp.setContentType(chosen.get().contentType());
            resp.setContentLength(body.size());
            body.writeTo(resp.getOutputStream());
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Dataset description");
        model.put("triples", d.triples());
        model.put("namedGraphs", d.namedGraphs());
        model.put("namedGraphQuads", d.namedGraphQuads());
        model.put("classes", d.classes().stream().map(c -> Map.<String, Object>of("classLabel", c.label(),
                "classHref", c.type().isURI() ? LocalIris.localPath(c.type().getURI()) : "", "entities", c.entities())).toList());
        model.put("vocabularies", d.vocabularies());
        if (d.licence() != null && d.licence().isURI()) {
            model.put("licence", d.licence().getURI());
        }
        model.put("sparql", base + "kg/sparql");
        model.put("alternates", List.of(
                Map.of("type", "text/turtle", "alternateHref", DatasetDescription.PATH + "?format=ttl", "name", "Turtle"),
                Map.of("type", "application/ld+json", "alternateHref", DatasetDescription.PATH + "?format=jsonld", "name", "JSON-LD"),
                Map.of("type", "application/n-triples", "alternateHref", DatasetDescription.PATH + "?format=nt", "name", "N-Triples"),
                Map.of("type", "application/rdf+xml", "alternateHref", DatasetDescription.PATH + "?format=rdf", "name", "RDF/XML")));
        PageRenderer.get().send(resp, HttpServletResponse.SC_OK, "void", model);
    }

    /** This server's address as the client reached it; a malformed Host header falls back to the local address. */
    static String base(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "127.0.0.1:" + req.getLocalPort();
        }
        return (req.isSecure() ? "https" : "http") + "://" + host + "/";
    }
}
