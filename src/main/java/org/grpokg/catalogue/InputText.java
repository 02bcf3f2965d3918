package org.grpokg.catalogue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.grpokg.model.SourcePosition;

/**
 * Reads the text of a data file strictly (docs/decisions/0015-strict-input.md): UTF-8 only (the
 * line of the first byte that is not is reported), a leading byte order mark accepted and dropped,
 * and no control character (other than tab and line ends) and no unclosed bidirectional override
 * in the text. Nothing is replaced: a NUL byte is an error, not a U+FFFD.
 */
public final class InputText {

    private static final char BOM = '\uFEFF';

    private InputText() {
    }

    /** The file's text, without a leading byte order mark. */
    public static String read(Path file) {
        byte[] bytes;
        if (Files.isDirectory(file)) {
            throw new CatalogueException(new SourcePosition(file.toString(), 0), "is a folder, not a file");
        }
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CatalogueException(new SourcePosition(file.toString(), 0), "no such file");
        } catch (AccessDeniedException e) {
            throw new CatalogueException(new SourcePosition(file.toString(), 0), "cannot read: permission denied");
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(file.toString(), 0), "cannot read: " + e.getMessage());
        }
        String text = decode(bytes, file.toString());
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        check(text, file.toString());
        return text;
    }

    /** Decodes UTF-8, or names the line of the first byte that is not UTF-8. */
    static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CatalogueException(new SourcePosition(file, line), String.format(
                    "not UTF-8 text (byte 0x%02X cannot be read as UTF-8): save the file as UTF-8", bytes[at] & 0xff));
        }
        out.flip();
        return out.toString();
    }

    /** Throws a {@link CatalogueException} at the line of the first control character or unclosed override. */
    static void check(String text, String file) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String l = text.substring(start, i);
                if (l.endsWith("\r")) {
                    l = l.substring(0, l.length() - 1);
                }
                int lineNo = line;
                problem(l).ifPresent(p -> {
                    throw new CatalogueException(new SourcePosition(file, lineNo), p);
                });
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * What is wrong with one line or value of text, if anything: a control character (tab and line
     * ends excepted) or a bidirectional embedding, override or isolate that the text does not close.
     */
    public static Optional<String> problem(String s) {
        int embeddings = 0;
        int isolates = 0;
        int opener = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("control character U+%04X in the text (remove it; nothing is replaced)", (int) c));
            }
            switch (c) {
                case '\u202A', '\u202B', '\u202D', '\u202E' -> {
                    embeddings++;
                    opener = opener == 0 ? c : opener;
                }
                case '\u202C' -> embeddings = Math.max(0, embeddings - 1);
                case '\u2066', '\u2067', '\u2068' -> {
                    isolates++;
                    opener = opener == 0 ? c : opener;
                }
                case '\u2069' -> isolates = Math.max(0, isolates - 1);
                default -> { }
            }
        }
        if (embeddings > 0 || isolates > 0) {
            return Optional.of(String.format("unclosed bidirectional control U+%04X in the text (it would reorder"
                    + " what follows it; close it with U+202C or U+2069, or remove it)", opener));
        }
        return Optional.empty();
    }
}
