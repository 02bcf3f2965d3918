package org.grpokg.query;

/**
 * How deeply a SPARQL text nests braces, parentheses and brackets, found by a linear scan that
 * skips what the parser's lexer would: comments, strings (short and long), IRIs and
 * backslash escapes in prefixed names. Jena's recursive-descent parser uses stack in proportion
 * to this depth (about 2,000 braces overflow a thread's default stack), so the depth is checked
 * before parsing.
 */
final class NestingDepth {

    private NestingDepth() {
    }

    /** The greatest depth reached in {@code q}. */
    static int of(CharSequence q) {
        int depth = 0;
        int max = 0;
        int n = q.length();
        for (int i = 0; i < n; i++) {
            char c = q.charAt(i);
            switch (c) {
                case '#' -> {
                    while (i + 1 < n && q.charAt(i + 1) != '\n' && q.charAt(i + 1) != '\r') {
                        i++;
                    }
                }
                case '"', '\'' -> i = endOfString(q, i);
                case '<' -> i = endOfIri(q, i);
                case '\\' -> i++;
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return max;
    }

    /** The index of the quote closing the string opened at {@code i} (or the end of the text). */
    private static int endOfString(CharSequence q, int i) {
        char quote = q.charAt(i);
        int n = q.length();
        boolean isLong = i + 2 < n && q.charAt(i + 1) == quote && q.charAt(i + 2) == quote;
        int j = isLong ? i + 3 : i + 1;
        for (; j < n; j++) {
            char c = q.charAt(j);
            if (c == '\\') {
                j++;
            } else if (isLong) {
                if (c == quote && j + 2 < n && q.charAt(j + 1) == quote && q.charAt(j + 2) == quote) {
                    return j + 2;
                }
            } else if (c == quote || c == '\n' || c == '\r') {
                return j;
            }
        }
        return n;
    }

    /** The index of the '>' closing an IRI opened at {@code i}, or {@code i} when '<' is an operator. */
    private static int endOfIri(CharSequence q, int i) {
        for (int j = i + 1; j < q.length(); j++) {
            char c = q.charAt(j);
            if (c == '>') {
                return j;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return i;
            }
        }
        return i;
    }
}
