package org.grpokg.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the form to send from a request's {@code Accept} header (HTTP content negotiation):
 * the variant with the highest quality value wins; among equals a more specific match
 * ({@code text/turtle} over {@code text/*} over {@code *}{@code /*}), then the server's order
 * (page first). {@code q=0} refuses a type. No header means the page.
 */
public final class Negotiation {

    private record Range(String type, String subtype, double q) {
        /** 3 for an exact match, 2 for type/*, 1 for any, 0 for none. */
        int match(String mediaType) {
            String[] ts = mediaType.split("/");
            if (type.equals("*") && subtype.equals("*")) {
                return 1;
            }
            if (!type.equals(ts[0])) {
                return 0;
            }
            return subtype.equals("*") ? 2 : subtype.equals(ts[1]) ? 3 : 0;
        }
    }

    private Negotiation() {
    }

    /** The best of {@code offered} for {@code accept}, or empty when the client accepts none of them (406). */
    public static Optional<RdfVariant> choose(String accept, List<RdfVariant> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        RdfVariant best = null;
        double bestQ = 0;
        int bestSpecificity = 0;
        for (RdfVariant v : offered) {
            double q = 0;
            int specificity = 0;
            for (String type : aliases(v)) {
                boolean primary = type.equals(v.mediaType());
                for (Range r : ranges) {
                    int m = r.match(type);
                    if (!primary && m < 3) {
                        continue; // other names count only when asked for by name: the answer's type is the primary one
                    }
                    if (m > specificity) {
                        specificity = m;
                        q = r.q();
                    }
                }
            }
            if (q > bestQ || q == bestQ && q > 0 && specificity > bestSpecificity) {
                best = v;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Other names clients use for the same form. */
    private static List<String> aliases(RdfVariant v) {
        return switch (v) {
            case HTML -> List.of("text/html", "application/xhtml+xml");
            case TURTLE -> List.of("text/turtle", "application/x-turtle");
            case NTRIPLES -> List.of("application/n-triples", "text/plain");
            // plain JSON and XML clients get the RDF forms of those syntaxes
            case JSONLD -> List.of("application/ld+json", "application/json");
            case RDFXML -> List.of("application/rdf+xml", "application/xml", "text/xml");
        };
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.trim().split(";");
            String[] ts = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (ts.length != 2 || ts[0].isEmpty() || ts[1].isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String[] kv = params[i].trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("q")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(kv[1].trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(ts[0], ts[1], q));
        }
        return out;
    }
}
