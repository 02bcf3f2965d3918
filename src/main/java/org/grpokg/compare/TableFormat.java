package org.grpokg.compare;

/** How {@code compare} writes its table. */
public enum TableFormat {
    /** A GitHub-flavoured Markdown table, ready to paste. */
    MARKDOWN,
    /** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
    CSV,
    /** An HTML {@code <table>} element, every cell escaped by the Mustache template. */
    HTML
}
