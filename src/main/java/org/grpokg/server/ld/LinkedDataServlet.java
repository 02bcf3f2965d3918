package org.grpokg.server.ld;

import org.grpokg.rdf.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.grpokg.model.EntryKey;
import org.grpokg.model.RepoRef;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Iris;
import org.grpokg.server.PageRenderer;

/**
 * Answers the graph's own IRIs on this server ({@code /id/...}, {@code /ontology},
 * {@code /taxonomies}, any path under the project's base that names a resource or a graph):
 * a page for {@code text/html}, the resource's description for Turtle, JSON-LD, N-Triples and
 * RDF/XML, chosen by the {@code Accept} header ({@code ?format=ttl|jsonld|nt|rdf|html} overrides
 * it, for browsers). Unknown resource: 404 (a page, or plain text for RDF); nothing acceptable:
 * 406. Every answer varies on Accept.
 */
public final class LinkedDataServlet extends HttpServlet {

    private static final List<RdfVariant> OFFERED = List.of(RdfVariant.values());

    private final DatasetGraph dsg;

    public LinkedDataServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<RdfVariant> chosen = variant(req);
        if (chosen.isEmpty()) {
            plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. This resource is available as "
                    + String.join(", ", OFFERED.stream().map(RdfVariant::mediaType).toList()) + ".\n");
            return;
        }
        RdfVariant variant = chosen.get();
        String rawPath = req.getRequestURI();
        Optional<String> versionOf = LocalIris.canonical(rawPath).flatMap(this::versionOf);
        if (versionOf.isPresent()) {
            // a version IRI (owl:versionIRI) of the ontology: this server holds that version as the ontology itself
            resp.setStatus(HttpServletResponse.SC_FOUND);
            resp.setHeader("Location", LocalIris.localPath(versionOf.get()));
            return;
        }
        Optional<ResourceFacts> found = LocalIris.canonical(rawPath).flatMap(this::find)
                .or(() -> LocalIris.canonical(LocalIris.normalised(rawPath)).flatMap(this::find));
        if (found.isEmpty()) {
            Optional<String> spelled = LocalIris.canonical(rawPath).flatMap(this::repositorySpelledOtherwise);
            if (spelled.isPresent()) {
                // GitHub names are case-insensitive (decision 0006): send the client to the spelling the graph uses
                resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                resp.setHeader("Location", LocalIris.localPath(spelled.get()));
                return;
            }
            notFound(resp, variant, LocalIris.canonical(rawPath).orElse(rawPath));
            return;
        }
        ResourceFacts facts = found.get();
        if (variant.isRdf()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Txn.executeRead(dsg, () -> {
                Model m = ResourceDescription.of(dsg, facts);
                RDFDataMgr.write(body, m, variant.rdfFormat());
            });
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(variant.contentType());
            resp.setContentLength(body.size());
            body.writeTo(resp.getOutputStream());
        } else {
            Map<String, Object> model = Txn.calculateRead(dsg, () -> new ResourceView(dsg).model(facts));
            PageRenderer.get().send(resp, HttpServletResponse.SC_OK, "resource", model);
        }
    }

    private static final java.util.regex.Pattern BY_REPOSITORY = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(Iris.BASE) + "(repo|entry/github|record/github)/([^/]+)/([^/]+)");

    /**
     * For an IRI of a repository, a repository-only entry or its record written in another case
     * ({@code repo/deep-agent/r1-v}), the IRI the graph has ({@code repo/Deep-Agent/R1-V}), if any:
     * the repositories' GitHub names are matched with {@link RepoRef}'s case-insensitive identity.
     */
    private Optional<String> repositorySpelledOtherwise(String iri) {
        java.util.regex.Matcher m = BY_REPOSITORY.matcher(iri);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<RepoRef> asked = RepoRef.parse(m.group(2) + "/" + m.group(3));
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, GKG.githubName.asNode(),
                    org.apache.jena.graph.Node.ANY);
            while (it.hasNext()) {
                var o = it.next().getObject();
                Optional<RepoRef> known = o.isLiteral() ? RepoRef.parse(o.getLiteralLexicalForm()) : Optional.empty();
                if (known.isPresent() && known.get().equals(asked.get()) && !known.get().slug().equals(asked.get().slug())) {
                    String candidate = switch (m.group(1)) {
                        case "repo" -> Iris.repository(known.get());
                        case "entry/github" -> Iris.entry(EntryKey.of(null, known.get()));
                        default -> Iris.record(EntryKey.of(null, known.get()));
                    };
                    if (find(candidate).isPresent()) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.<String>empty();
        });
    }

    /** The resource whose {@code owl:versionIRI} {@code iri} is, if any. */
    private Optional<String> versionOf(String iri) {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.vocabulary.OWL2.versionIRI.asNode(), Labels.iri(iri));
            return it.hasNext() ? Optional.of(it.next().getSubject().getURI()) : Optional.<String>empty();
        });
    }

    private Optional<ResourceFacts> find(String iri) {
        ResourceFacts facts = Txn.calculateRead(dsg, () -> ResourceFacts.read(dsg, Labels.iri(iri)));
        return facts.exists() ? Optional.of(facts) : Optional.empty();
    }

    /** {@code ?format=} when given (unknown values are not acceptable), else the Accept header. */
    public static Optional<RdfVariant> variant(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return RdfVariant.ofFormatParam(format);
        }
        return Negotiation.choose(req.getHeader("Accept"), OFFERED);
    }

    private static void notFound(HttpServletResponse resp, RdfVariant variant, String iri) throws IOException {
        if (variant.isRdf()) {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: nothing in this graph has the IRI " + iri + "\n");
        } else {
            PageRenderer.get().send(resp, HttpServletResponse.SC_NOT_FOUND, "not-found",
                    Map.of("title", "Not found", "iri", iri, "searchTerm", Labels.fallback(Labels.iri(iri))));
        }
    }

    private static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
