package org.grpokg.catalogue;

import java.io.IOException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.grpokg.model.SourcePosition;

/**
 * Checks the YAML of a data file before it is bound, so that problems get a line and plain words:
 * nesting deeper than {@link EntryFactsReader#MAX_NESTING} levels, and control characters or unclosed
 * bidirectional overrides written as escapes ({@code "\0"}, {@code "\u202E"}) inside values. Also turns
 * the YAML parser's and the binder's messages into words without Java class names.
 */
final class YamlText {

    private YamlText() {
    }

    /** Reads every token of the text once; throws {@link CatalogueException} at the line of the first problem. */
    static void check(String text, String file) {
        int line = 1;
        try (JsonParser p = EntryFactsReader.FACTORY.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                line = Math.max(1, p.currentTokenLocation().getLineNr());
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    String value = p.getText();
                    int at = line;
                    InputText.problem(value).ifPresent(problem -> {
                        throw new CatalogueException(new SourcePosition(file, at), problem);
                    });
                }
            }
        } catch (StreamConstraintsException e) {
            throw new CatalogueException(new SourcePosition(file, lineOf(e, line)), nestingMessage());
        } catch (JsonProcessingException e) {
            throw new CatalogueException(new SourcePosition(file, lineOf(e, line)), message(e));
        } catch (IOException e) {
            throw new CatalogueException(new SourcePosition(file, 0), "cannot read: " + e.getMessage());
        }
    }

    /**
     * One pass over a text that is expected to be fine: reads its tokens with {@code parser} (made by the
     * binder, so with its features, duplicate keys included), checks each string as {@link #check} does
     * and copies the tokens into a buffer the binder can read again without parsing. Null whenever
     * anything is wrong or the copy would not be exact (a YAML tag or anchor, a number not written the
     * way Java prints it): the caller then takes the checking path, whose messages are the ones the user sees.
     */
    static TokenBuffer buffered(JsonParser parser) {
        try (JsonParser p = parser) {
            TokenBuffer buffer = new TokenBuffer(p, null);
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (p.getTypeId() != null || p.getObjectId() != null || t == JsonToken.VALUE_EMBEDDED_OBJECT) {
                    return null;
                }
                if ((t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) && InputText.problem(p.getText()).isPresent()) {
                    return null;
                }
                if (t.isNumeric() && !p.getNumberValue().toString().equals(p.getText())) {
                    return null;
                }
                buffer.copyCurrentEvent(p);
            }
            return buffer;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int lineOf(JsonProcessingException e, int fallback) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblemMark() != null) {
            return y.getProblemMark().getLine() + 1;
        }
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : fallback;
    }

    private static String nestingMessage() {
        return "nested more than " + EntryFactsReader.MAX_NESTING + " levels deep (entry and model files need four)";
    }

    /** The problem in the words of the file: keys and kinds of values, never Java types. */
    static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", "));
            String where = u.getPath().size() > 1 ? " in " + EntryFactsReader.pathOf(u.getPath().subList(0, u.getPath().size() - 1)) : "";
            return "unknown key '" + u.getPropertyName() + "'" + where + (known.isEmpty() ? "" : " (known keys: " + known + ")");
        }
        if (e instanceof MismatchedInputException m) {
            return EntryFactsReader.wrongShape(m);
        }
        if (e instanceof StreamConstraintsException || String.valueOf(e.getOriginalMessage()).contains("Nesting Depth exceeded")) {
            return nestingMessage();
        }
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblem() != null) {
            // SnakeYAML's own words, without its copy of the line: "while scanning a quoted scalar: found unexpected end of stream"
            return "not valid YAML: " + (y.getContext() == null ? "" : y.getContext() + ": ") + plain(y.getProblem());
        }
        String m = e.getOriginalMessage() == null ? "cannot be read as YAML" : e.getOriginalMessage();
        if (m.contains("Duplicate field") || m.contains("found duplicate key")) {
            return "a key written twice: " + plain(m);
        }
        return plain(m);
    }

    /** The first line of a message, without Java class names. */
    static String plain(String message) {
        String first = message.strip().split("\\R", 2)[0];
        return first.replaceAll("\\s*\\(class [^)]*\\)", "")
                .replaceAll("`[^`]*`", "a value")
                .replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:<[^>]*>)?", "a value")
                .strip();
    }
}
