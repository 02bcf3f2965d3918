package org.grpokg.catalogue.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headings above the current block: the first level-1 heading is the list's title; the others
 * make the section (the nearest) and the hints (all of them, outermost first, as text). Sections
 * whose heading says they are about the list itself (Related ..., Contributing, Star History, License,
 * Citation, News ...) are not read, nor anything under them. Navigation is not decided here but by
 * what a block holds (links to anchors only: {@link BulletReader#navigation}), so a "Table of
 * Contents" heading hides nothing, whatever the levels of the headings after it.
 */
final class HeadingTrail {

    private static final Set<String> META_WORDS = Set.of("related", "contributing", "contribute",
            "contribution", "contributions", "contributors", "star", "stars", "license", "licence", "citation", "cite",
            "citing", "acknowledgement", "acknowledgements", "acknowledgment", "acknowledgments", "contact", "news",
            "changelog", "sponsors", "todo");

    /** One heading: its level, text, line, and whether it starts a meta section. */
    record Heading(int level, String text, int line, boolean meta) {
    }

    private final Deque<Heading> trail = new ArrayDeque<>();
    private String title;
    private boolean anyHeading;

    /** Enters a heading; returns it, so the caller can report a meta section. */
    Heading enter(int level, String rawText, int line) {
        String text = InlineText.clean(rawText);
        if (level == 1 && title == null && !anyHeading) {
            anyHeading = true;
            title = text;
            return new Heading(level, text, line, false);
        }
        anyHeading = true;
        while (!trail.isEmpty() && trail.peekLast().level() >= level) {
            trail.removeLast();
        }
        Heading h = new Heading(level, text, line, isMeta(text));
        trail.addLast(h);
        return h;
    }

    static boolean isMeta(String heading) {
        for (String w : heading.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (META_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The list's title: its first level-1 heading, if it opens with one. */
    String title() {
        return title;
    }

    /** True inside a section (under a heading other than the title). */
    boolean inSection() {
        return !trail.isEmpty();
    }

    /** True under a navigation or meta heading. */
    boolean ignored() {
        for (Heading h : trail) {
            if (h.meta()) {
                return true;
            }
        }
        return false;
    }

    /** True when a heading above the nearest one is a meta section (its subsections are not reported again). */
    boolean ignoredAbove() {
        int i = 0;
        for (Heading h : trail) {
            if (++i < trail.size() && h.meta()) {
                return true;
            }
        }
        return false;
    }

    /** The nearest heading's text, "" when none. */
    String section() {
        return trail.isEmpty() ? "" : trail.peekLast().text();
    }

    /** The line of the nearest heading, 0 when none. */
    int sectionLine() {
        return trail.isEmpty() ? 0 : trail.peekLast().line();
    }

    /** The section's place in the document, for the report: {@code Papers/Projects > Medical}. */
    String path() {
        List<String> parts = new ArrayList<>();
        for (Iterator<Heading> it = trail.iterator(); it.hasNext(); ) {
            parts.add(it.next().text());
        }
        return String.join(" > ", parts);
    }

    /** The headings as hints, outermost first. */
    List<String> hints() {
        List<String> out = new ArrayList<>();
        for (Heading h : trail) {
            if (!h.text().isEmpty()) {
                out.add(h.text());
            }
        }
        return out;
    }
}
