package org.grpokg.compare;

/** A filter {@code FACET=VALUE}: only entries with the value (or a narrower concept) in the facet. */
public record Condition(Facet facet, String value) {

    /** Parses {@code algorithm=grpo}; the facet by id or singular, the value as given. */
    public static Condition parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new CompareException("--where wants FACET=VALUE, e.g. algorithm=grpo (got '" + text + "')");
        }
        String name = text.substring(0, eq);
        Facet f = Facet.byName(name).orElseThrow(() -> new CompareException(
                "unknown facet '" + name + "' in --where (choose one of: " + Facet.names() + ")"));
        return new Condition(f, text.substring(eq + 1).trim());
    }
}
