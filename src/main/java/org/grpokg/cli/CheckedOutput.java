package org.grpokg.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that does not let a write error pass unseen: the first {@link IOException}
 * (a full disk, a closed pipe) becomes an {@link OutputFailedException}, which no
 * {@code PrintStream} or {@code PrintWriter} on top of it swallows, and is remembered for the
 * check made when the command returns.
 */
final class CheckedOutput extends FilterOutputStream {

    private final String name;
    private OutputFailedException failure;

    /** Wraps {@code out}; {@code name} ("standard output", a file name) goes into the message. */
    CheckedOutput(OutputStream out, String name) {
        super(out);
        this.name = name;
    }

    /** The first write error, or null. */
    OutputFailedException failure() {
        return failure;
    }

    @Override
    public void write(int b) {
        check();
        try {
            out.write(b);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        check();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void flush() {
        check();
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = new OutputFailedException(name, e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }

    private OutputFailedException fail(IOException e) {
        failure = new OutputFailedException(name, e);
        return failure;
    }
}
