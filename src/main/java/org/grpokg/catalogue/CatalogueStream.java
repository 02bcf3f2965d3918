package org.grpokg.catalogue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.grpokg.model.SourcePosition;

/**
 * Reads {@code catalogue.md} a piece at a time, so that a catalogue of a million rows is never
 * held whole (as text or as a Markdown tree). The file is read twice: first its bytes are
 * checked as {@link InputText} checks a file (UTF-8 first, then control characters, with the
 * same messages); then it is parsed in pieces of about {@link #PIECE_LINES} lines, each cut
 * where the cut cannot change what the parser sees: between two rows of a table (the next piece
 * starts with the table's header and delimiter row again) or between two one-line items of a
 * bullet list. Everything else about the catalogue is read by {@link CatalogueReader}'s own
 * block reader, so entries, messages and their order are those of reading the file at once.
 * A catalogue with link reference definitions (which any line may use) or lone carriage
 * returns is read whole (docs/decisions/0019-streaming-reader.md).
 */
final class CatalogueStream {

    /** Lines of a piece before a cut is looked for. */
    static final int PIECE_LINES = 2000;

    private CatalogueStream() {
    }

    /** Reads {@code file}, handing each entry and section to {@code listener} in order; returns the number of pieces read. */
    static int read(Path file, CatalogueReader.Listener listener, CatalogueReader.Seen seen, int pieceLines,
                     Consumer<CatalogueReader.Blocks> done) {
        String name = file.toString();
        boolean whole = check(file, name);
        CatalogueReader reader = new CatalogueReader();
        CatalogueReader.Blocks blocks = reader.new Blocks(name, listener, seen);
        int pieces = 1;
        if (whole) {
            String text = InputText.read(file);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            blocks.piece(text, text.split("\r?\n", -1), null, false);
        } else {
            pieces = pieces(file, name, blocks, Math.max(1, pieceLines));
        }
        blocks.finish();
        done.accept(blocks);
        return pieces;
    }

    /**
     * Checks the bytes and lines as {@link InputText#read} does, with its messages: the first byte
     * that is not UTF-8 wins over the first control character. True when the file must be read whole.
     */
    private static boolean check(Path file, String name) {
        boolean[] whole = {false};
        CatalogueException[] problem = {null};
        forEachLine(file, name, (lineNo, line) -> {
            if (problem[0] == null) {
                String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                if (lineNo == 1) {
                    l = withoutBom(l);
                }
                InputText.problem(l).ifPresent(p -> problem[0] = new CatalogueException(new SourcePosition(name, lineNo), p));
            }
            int cr = line.indexOf('\r');
            if ((cr >= 0 && cr < line.length() - 1) || line.contains("]:")) {
                whole[0] = true;
            }
        });
        if (problem[0] != null) {
            throw problem[0];
        }
        return whole[0];
    }

    private static String withoutBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Parses the file in pieces, cut only between table rows or between one-line list items. */
    private static int pieces(Path file, String name, CatalogueReader.Blocks blocks, int pieceLines) {
        List<String> buffer = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int[] threshold = {pieceLines};
        int[] pieces = {1};
        int[] misses = {0};
        forEachLine(file, name, (lineNo, raw) -> {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (lineNo == 1) {
                line = withoutBom(withoutBom(line));
            }
            if (buffer.size() >= threshold[0] && mayContinue(line)) {
                if (cut(buffer, numbers, line, blocks)) {
                    // the next piece starts with what the cut carries over (a table's header and delimiter rows)
                    threshold[0] = buffer.size() + pieceLines;
                    pieces[0]++;
                    misses[0] = 0;
                } else {
                    // try again at the next candidate line (a section starts with a heading, a table with its header),
                    // but where cuts keep failing, parse ever longer pieces at ever longer intervals: linear in all
                    threshold[0] = ++misses[0] < 8 ? buffer.size() + 1 : buffer.size() * 2;
                }
            }
            buffer.add(line);
            numbers.add(lineNo);
        });
        blocks.piece(String.join("\n", buffer), buffer.toArray(String[]::new), map(numbers), false);
        return pieces[0];
    }

    private static boolean mayContinue(String line) {
        return line.indexOf('|') >= 0 || line.startsWith("- [") || line.startsWith("* [") || line.startsWith("+ [");
    }

    /**
     * Reads the buffer as a piece when its last block is a table or bullet list that {@code next}
     * continues; the buffer then holds what the next piece starts with. False when it cannot be cut here.
     */
    private static boolean cut(List<String> buffer, List<Integer> numbers, String next, CatalogueReader.Blocks blocks) {
        Node document = MarkdownSyntax.parse(String.join("\n", buffer));
        Node last = document.getLastChild();
        List<String> carry;
        List<Integer> carryNumbers;
        if (last instanceof TableBlock && last.getLastChild() instanceof TableBody body && body.getLastChild() != null
                && MarkdownSyntax.line(body.getLastChild()) == buffer.size() && next.indexOf('|') >= 0) {
            // GFM: every following line holding a '|' is a row of this table; the header and delimiter rows start the next piece
            int header = MarkdownSyntax.line(last);
            carry = List.of(buffer.get(header - 1), buffer.get(header));
            carryNumbers = List.of(numbers.get(header - 1), numbers.get(header));
        } else if (last instanceof BulletList list && list.getLastChild() != null
                && MarkdownSyntax.line(list.getLastChild()) == buffer.size()
                && next.startsWith(list.getMarker() + " [")) {
            // a line starting with the list's marker at the margin is the next item of the same list
            carry = List.of();
            carryNumbers = List.of();
        } else {
            return false;
        }
        blocks.piece(document, buffer.toArray(String[]::new), map(numbers), true);
        buffer.clear();
        numbers.clear();
        buffer.addAll(carry);
        numbers.addAll(carryNumbers);
        return true;
    }

    private static int[] map(List<Integer> numbers) {
        return numbers.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A line of the file, numbered from 1. */
    interface LineConsumer {
        void line(int number, String text);
    }

    /**
     * Every line of a file (split at {@code \n}, as {@code split("\n", -1)} splits: a file ending
     * with a line end has a last empty line), each decoded strictly as UTF-8; the first byte that is
     * not UTF-8 is reported as {@link InputText} reports it.
     */
    static void forEachLine(Path file, String name, LineConsumer consumer) {
        if (Files.isDirectory(file)) {
            throw new CatalogueException(new SourcePosition(name, 0), "is a folder, not a file");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            int number = 1;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    consumer.line(number, decode(decoder, line, name, number));
                    if (b < 0) {
                        break;
                    }
                    number++;
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        } catch (NoSuchFileException e) {
            throw new CatalogueException(new SourcePosition(name, 0), "no such file");
        } catch (AccessDeniedException e) {
            throw new CatalogueException(new SourcePosition(name, 0), "cannot read: permission denied");
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(name, 0), "cannot read: " + e.getMessage());
        }
    }

    private static String decode(CharsetDecoder decoder, ByteArrayOutputStream line, String name, int number) {
        byte[] bytes = line.toByteArray();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.reset().decode(in).toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            throw new CatalogueException(new SourcePosition(name, number), String.format(
                    "not UTF-8 text (byte 0x%02X cannot be read as UTF-8): save the file as UTF-8", bytes[at] & 0xff));
        } catch (CharacterCodingException e) {
            throw new CatalogueException(new SourcePosition(name, number), "not UTF-8 text: save the file as UTF-8");
        }
    }
}
