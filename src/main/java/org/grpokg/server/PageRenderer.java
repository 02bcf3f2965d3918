package org.grpokg.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Renders the HTML pages from the Mustache templates in the classpath folder {@code pages/}
 * ({@code src/main/resources/pages/}). Every {@code {{value}}} is HTML-escaped; templates never
 * use the unescaped forms, and no servlet builds HTML itself. Shared parts are the partials
 * {@code header} (with the site navigation) and {@code footer}.
 *
 * <p>Model: a map of strings, numbers, booleans, lists and maps; a missing or empty value
 * hides a {@code {{#section}}}. The header reads {@code title}; a page may set {@code alternates}
 * (a list of {@code type}, {@code href}) for its RDF forms.
 */
public final class PageRenderer {

    public static final String HTML = "text/html; charset=utf-8";

    private static final PageRenderer INSTANCE = new PageRenderer();

    private final MustacheFactory templates = new DefaultMustacheFactory("pages");

    private PageRenderer() {
    }

    public static PageRenderer get() {
        return INSTANCE;
    }

    /** The page {@code pages/<template>.mustache} filled from {@code model}. */
    public String render(String template, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        write(template, model, out);
        return out.toString();
    }

    public void write(String template, Map<String, ?> model, Writer out) {
        try {
            templates.compile(template + ".mustache").execute(out, model).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a page with {@code status}; for HEAD only the headers (the servlet container drops the body). */
    public void send(HttpServletResponse resp, int status, String template, Map<String, ?> model) throws IOException {
        byte[] body = render(template, model).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(HTML);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
