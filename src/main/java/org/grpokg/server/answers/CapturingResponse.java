package org.grpokg.server.answers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that goes to the client as usual and is copied on the way: the headers its writer
 * sets and the body, as long as the body stays within {@code maxBytes} (past that, the copy is
 * dropped and the answer is not kept). Headers set before (by filters, such as CORS) are not part
 * of the copy.
 */
public final class CapturingResponse extends HttpServletResponseWrapper {

    private final long maxBytes;
    private final List<AnswerCache.Header> headers = new ArrayList<>();
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private ServletOutputStream out;
    private PrintWriter writer;

    public CapturingResponse(HttpServletResponse response, long maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    /** The answer as sent, or null when it was too large to keep or did not end with 200. */
    public AnswerCache.Answer answer() {
        if (writer != null) {
            writer.flush();
        }
        return copy == null || getStatus() != 200 ? null : new AnswerCache.Answer(headers, copy.toByteArray());
    }

    /** True when the body passed the limit (and no copy is kept). */
    public boolean overflowed() {
        return copy == null;
    }

    @Override
    public void setContentType(String type) {
        super.setContentType(type);
        if (type != null) {
            headers.add(new AnswerCache.Header("Content-Type", type));
        }
    }

    @Override
    public void setCharacterEncoding(String charset) {
        super.setCharacterEncoding(charset);
        if (charset != null && getContentType() != null) {
            headers.add(new AnswerCache.Header("Content-Type", getContentType()));
        }
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, value);
        headers.add(new AnswerCache.Header(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, value);
        // replayed with setHeader: repeated headers are not something the result writers set
        headers.add(new AnswerCache.Header(name, value));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            ServletOutputStream to = super.getOutputStream();
            out = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    to.write(b);
                    keep(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    to.write(b, off, len);
                    keep(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    to.flush();
                }

                @Override
                public boolean isReady() {
                    return to.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    to.setWriteListener(listener);
                }
            };
        }
        return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String cs = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
        }
        return writer;
    }

    private void keep(byte[] b, int off, int len) {
        if (copy == null) {
            return;
        }
        if (copy.size() + (long) len > maxBytes) {
            copy = null;
            return;
        }
        copy.write(b, off, len);
    }
}
