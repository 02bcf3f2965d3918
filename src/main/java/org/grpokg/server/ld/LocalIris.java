package org.grpokg.server.ld;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import org.grpokg.rdf.Iris;

/**
 * How the graph's canonical IRIs ({@code https://w3id.org/grpo-kg/...}) map to paths on this
 * server and back: the path after {@value #ROOT} is the same, byte for byte, so
 * {@code https://w3id.org/grpo-kg/id/model/Qwen/Qwen2-VL-2B} is served at
 * {@code /id/model/Qwen/Qwen2-VL-2B}. Percent-encoded segments (as {@link Iris} mints them) stay
 * encoded. A hash IRI ({@code .../ontology#Entry}) is served by its document ({@code /ontology}).
 */
public final class LocalIris {

    /** Everything the project names lives under this address. */
    public static final String ROOT = Iris.SITE;

    /** What may appear in a request path we look up: RFC 3986 path characters and percent escapes. */
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/%]*");

    private LocalIris() {
    }

    /** True for IRIs of this project, the ones this server answers for. */
    public static boolean isOurs(String iri) {
        return iri != null && iri.startsWith(ROOT);
    }

    /** The local path of a canonical IRI ({@code /id/...}, {@code /ontology#Entry}), or the IRI unchanged when it is not ours. */
    public static String localPath(String iri) {
        return isOurs(iri) ? "/" + iri.substring(ROOT.length()) : iri;
    }

    /**
     * The canonical IRI of a raw (still percent-encoded) request path, if it is a path we could
     * have minted; empty for anything else (spaces, quotes, angle brackets).
     */
    public static Optional<String> canonical(String rawPath) {
        if (rawPath == null || !SAFE_PATH.matcher(rawPath).matches() || rawPath.contains("//")) {
            return Optional.empty();
        }
        return Optional.of(ROOT + rawPath.substring(1));
    }

    /**
     * The same path with each segment re-encoded the way {@link Iris} encodes (upper-case hex,
     * {@code %20} for space, nothing escaped that need not be): a client that escaped more or
     * less than we do still finds the resource.
     */
    public static String normalised(String rawPath) {
        String[] segments = rawPath.split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            String decoded = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            out.append(URLEncoder.encode(decoded, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
