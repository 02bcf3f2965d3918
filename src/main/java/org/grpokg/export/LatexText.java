package org.grpokg.export;

/**
 * Text as it must be written inside a braced BibTeX field to print as itself. The ten LaTeX
 * special characters become commands: {@code & % $ # _} take a backslash, {@code ~ ^ \} become
 * {@code \textasciitilde{}}, {@code \textasciicircum{}}, {@code \textbackslash{}}, and braces
 * {@code \textbraceleft{}} / {@code \textbraceright{}} (BibTeX counts even escaped braces, so a
 * lone {@code \{} would unbalance the field). Non-ASCII characters stay as UTF-8 (biber, bibtexu
 * and LaTeX with inputenc utf8, the default since 2018, read them). Line breaks become spaces.
 */
public final class LatexText {

    private LatexText() {
    }

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '{' -> b.append("\\textbraceleft{}");
                case '}' -> b.append("\\textbraceright{}");
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                case '\\' -> b.append("\\textbackslash{}");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
