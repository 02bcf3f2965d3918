package org.grpokg.server.ld;

import org.grpokg.rdf.Labels;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Vocab;

/**
 * Where else a resource lives: its arXiv abstract page, its GitHub repository, its Hugging Face
 * model or dataset page, and any {@code schema:url}. Built from the identifiers in the graph,
 * each checked against the form its site uses, so no text from the data becomes a link as is.
 */
public final class ExternalLinks {

    private static final Pattern ARXIV = Pattern.compile("[0-9]{4}\\.[0-9]{4,5}(v[0-9]+)?|[a-z\\-]+(\\.[A-Z]{2})?/[0-9]{7}");
    private static final Pattern OWNER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]*(/[A-Za-z0-9._\\-]+)?");
    private static final Pattern SAFE_WEB = Pattern.compile("https?://[^\\s\"'<>\\\\]+");

    public record Link(String label, String href) {
    }

    private ExternalLinks() {
    }

    public static List<Link> of(Node s, Labels labels) {
        Map<String, Link> out = new LinkedHashMap<>();
        for (Node id : labels.distinctObjects(s, GKG.arxivId.asNode())) {
            add(out, "arXiv", ARXIV, id, "https://arxiv.org/abs/");
        }
        for (Node name : labels.distinctObjects(s, GKG.githubName.asNode())) {
            add(out, "GitHub", OWNER_NAME, name, "https://github.com/");
        }
        for (Node repo : labels.distinctObjects(s, GKG.hasRepository.asNode())) {
            for (Node name : labels.distinctObjects(repo, GKG.githubName.asNode())) {
                add(out, "GitHub", OWNER_NAME, name, "https://github.com/");
            }
        }
        List<Node> types = labels.types(s);
        boolean dataset = types.contains(Vocab.Schema.Dataset.asNode());
        for (Node id : labels.distinctObjects(s, GKG.huggingFaceId.asNode())) {
            add(out, "Hugging Face", OWNER_NAME, id, dataset ? "https://huggingface.co/datasets/" : "https://huggingface.co/");
        }
        for (Node p : List.of(Vocab.Schema.codeRepository.asNode(), Vocab.Schema.url.asNode())) {
            for (Node url : labels.distinctObjects(s, p)) {
                String href = webAddress(url);
                if (href != null) {
                    out.putIfAbsent(href, new Link(hostLabel(href), href));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Link> out, String label, Pattern form, Node id, String prefix) {
        if (id.isLiteral() && form.matcher(id.getLiteralLexicalForm()).matches()) {
            String href = prefix + id.getLiteralLexicalForm();
            out.putIfAbsent(href, new Link(label, href));
        }
    }

    /** An http(s) address that is safe to put in an href, or null. */
    public static String webAddress(Node n) {
        String s = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : null;
        return s != null && SAFE_WEB.matcher(s).matches() ? s : null;
    }

    private static String hostLabel(String href) {
        String host;
        try {
            host = URI.create(href).getHost();
        } catch (IllegalArgumentException e) {
            return "link";
        }
        if (host == null) {
            return href;
        }
        return switch (host) {
            case "github.com" -> "GitHub";
            case "arxiv.org" -> "arXiv";
            case "huggingface.co" -> "Hugging Face";
            default -> host;
        };
    }
}
