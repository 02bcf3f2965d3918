package org.grpokg.catalogue.importer;

import org.commonmark.node.Node;
import org.grpokg.catalogue.MarkdownSyntax;
import org.grpokg.model.SourcePosition;

/**
 * Where a parsed piece of the file lies: the file name as given, the line the piece starts at
 * (large files are parsed piece by piece), and the piece's text for reading source spans.
 */
record Place(String file, int firstLine, String text) {

    /** The position of a node in the file. */
    SourcePosition at(Node node) {
        return new SourcePosition(file, firstLine - 1 + MarkdownSyntax.line(node));
    }

    SourcePosition line(int lineInPiece) {
        return new SourcePosition(file, firstLine - 1 + lineInPiece);
    }
}
