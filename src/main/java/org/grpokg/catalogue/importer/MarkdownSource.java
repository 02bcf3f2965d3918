package org.grpokg.catalogue.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.grpokg.catalogue.CatalogueException;
import org.grpokg.model.SourcePosition;

/**
 * The Markdown file, read twice and never whole: first checked (UTF-8 text without NUL bytes,
 * counting lines), then handed out in pieces of about {@value #PIECE_CHARS} characters cut at a
 * blank line before an unindented line, outside fenced code and HTML comments, so that each piece
 * parses as it would in the whole document and memory stays bounded. Files smaller than a piece
 * are parsed whole. (A reference link whose definition lies in another piece of a large file is not
 * resolved: lists seldom use them.)
 */
final class MarkdownSource {

    static final int PIECE_CHARS = 1 << 20;
    static final int MAX_LINE_CHARS = 100_000;

    /** Receives the pieces of the file. */
    interface PieceHandler {
        void piece(String text, int firstLine, int lastLine);
    }

    /** Receives lines too long to be Markdown anyone wrote (replaced by empty lines). */
    interface LongLineHandler {
        void longLine(int line, int length);
    }

    private MarkdownSource() {
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Checks that the file is UTF-8 text, and counts its lines.
     *
     * @throws CatalogueException when it is missing, unreadable, binary or not UTF-8
     */
    static long check(Path file, String name) {
        long lines = 1;
        char last = '\n';
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            boolean eof = false;
            while (true) {
                if (!eof) {
                    int n = stream.read(in.array(), in.position(), in.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        in.position(in.position() + n);
                    }
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                if (eof && result.isUnderflow()) {
                    result = decoder.flush(out);
                }
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == '\n') {
                        lines++;
                    } else if (c == 0) {
                        throw new CatalogueException(new SourcePosition(name, (int) Math.min(lines, Integer.MAX_VALUE)),
                                "not a Markdown text file: binary content (NUL bytes)");
                    }
                    last = c;
                }
                out.clear();
                if (result.isError()) {
                    throw new CatalogueException(new SourcePosition(name, (int) Math.min(lines, Integer.MAX_VALUE)),
                            "not a Markdown text file: not UTF-8 text");
                }
                in.compact();
                if (eof && result.isUnderflow()) {
                    break;
                }
            }
        } catch (NoSuchFileException e) {
            throw new CatalogueException(new SourcePosition(name, 0), "no such file");
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(name, 0), Files.isDirectory(file)
                    ? "is a folder, not a Markdown file" : "cannot read: " + e.getMessage());
        }
        return last == '\n' ? lines - 1 : lines;
    }

    /** Hands out the pieces of a file {@link #check}ed before. */
    static void pieces(Path file, String name, PieceHandler handler, LongLineHandler longLines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), strictUtf8()))) {
            StringBuilder piece = new StringBuilder();
            int line = 0;
            int first = 1;
            boolean fence = false;
            char fenceChar = 0;
            boolean comment = false;
            boolean cutHere = false;
            String s;
            while ((s = r.readLine()) != null) {
                line++;
                if (line == 1 && s.startsWith("\uFEFF")) {
                    s = s.substring(1);
                }
                if (s.length() > MAX_LINE_CHARS) {
                    longLines.longLine(line, s.length());
                    s = "";
                }
                boolean blank = s.isBlank();
                if (cutHere && !blank && !Character.isWhitespace(s.charAt(0)) && piece.length() >= PIECE_CHARS) {
                    handler.piece(piece.toString(), first, line - 1);
                    piece.setLength(0);
                    first = line;
                }
                cutHere = cutHere && blank;
                piece.append(s).append('\n');
                String t = s.stripLeading();
                if (!comment && (t.startsWith("```") || t.startsWith("~~~"))) {
                    if (!fence) {
                        fence = true;
                        fenceChar = t.charAt(0);
                    } else if (t.charAt(0) == fenceChar) {
                        fence = false;
                    }
                } else if (!fence) {
                    int open = s.lastIndexOf("<!--");
                    if (open >= 0 && s.indexOf("-->", open + 4) < 0) {
                        comment = true;
                    } else if (comment && s.contains("-->")) {
                        comment = false;
                    }
                }
                if (blank && !fence && !comment) {
                    cutHere = true;
                }
            }
            if (piece.length() > 0) {
                handler.piece(piece.toString(), first, line);
            }
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(name, 0), "cannot read: " + e.getMessage());
        }
    }
}
