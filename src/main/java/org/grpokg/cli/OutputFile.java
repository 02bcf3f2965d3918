package org.grpokg.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A command's output file, written beside its target and moved in place only when complete:
 * a failure leaves no half-written file, and the old file stays. A target that exists and is
 * not a regular file (a device such as {@code /dev/stdout}, a named pipe) is written directly,
 * never replaced. Every write error ends the command with one line
 * ({@link OutputFailedException}, exit {@link ExitCodes#OUTPUT_FAILED}).
 */
final class OutputFile implements AutoCloseable {

    /** What writes the content as text. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    /** What writes the content as bytes (RDF writers). */
    interface ByteContent {
        void write(OutputStream out) throws IOException;
    }

    private final Path target;
    /** The temporary file, or null when the target is written directly (a device, a pipe). */
    private final Path tmp;
    private final CheckedOutput stream;
    private final Writer writer;
    private boolean committed;

    private OutputFile(Path target, Path tmp, OutputStream stream, String name) {
        this.target = target;
        this.tmp = tmp;
        this.stream = new CheckedOutput(stream, name);
        this.writer = new BufferedWriter(new OutputStreamWriter(this.stream, StandardCharsets.UTF_8));
    }

    /** Opens the temporary file beside {@code target}. */
    static OutputFile open(Path target) {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new UserException(ExitCodes.BAD_INPUT, target + ": is a folder");
        }
        if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            throw new UserException(ExitCodes.BAD_INPUT, target + ": no such folder " + abs.getParent());
        }
        try {
            if (Files.exists(abs) && !Files.isRegularFile(abs)) {
                // a device or a pipe: renaming over it would replace it (as root, /dev/full itself)
                return new OutputFile(abs, null, new BufferedOutputStream(Files.newOutputStream(abs)), target.toString());
            }
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
            return new OutputFile(abs, tmp, new BufferedOutputStream(Files.newOutputStream(tmp)), target.toString());
        } catch (IOException e) {
            throw new OutputFailedException(target.toString(), e);
        }
    }

    /** Writes {@code content} to {@code target} in one go. */
    static void write(Path target, Content content) {
        try (OutputFile out = open(target)) {
            content.write(out.writer());
            out.commit();
        } catch (IOException e) {
            throw new OutputFailedException(target.toString(), e);
        }
    }

    /** Writes {@code content} to {@code target} in one go, as bytes. */
    static void writeBytes(Path target, ByteContent content) {
        try (OutputFile out = open(target)) {
            content.write(out.stream);
            out.commit();
        } catch (IOException e) {
            throw new OutputFailedException(target.toString(), e);
        }
    }

    /** The text view of the file; use either it or the byte stream, not both. */
    Writer writer() {
        return writer;
    }

    /** Moves the complete file in place, with the permissions of the file it replaces (else rw-r--r--). */
    void commit() throws IOException {
        writer.close();
        if (tmp == null) {
            committed = true;
            return;
        }
        if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Removes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            if (!committed && tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
