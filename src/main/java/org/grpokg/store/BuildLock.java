package org.grpokg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive lock a build holds on its store folder ({@value #FILE}): an operating-system file
 * lock, so it goes with the process however it ends (a {@code kill -9} included) and is never
 * stale. The file also holds the owner's process id, for the message a second build prints.
 */
final class BuildLock implements AutoCloseable {

    static final String FILE = "build.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code storeDir} (which exists). With {@code wait}, blocks until the build
     * that holds it ends; without, fails at once with a busy {@link StoreException}.
     */
    static BuildLock take(Path storeDir, boolean wait) throws IOException {
        while (true) {
            BuildLock l = tryTake(storeDir, wait);
            // a failed first build deletes its folder, lock file included: a waiter then locked a file no longer there
            if (Files.exists(storeDir.resolve(FILE))
                    && Files.readAttributes(storeDir.resolve(FILE), java.nio.file.attribute.BasicFileAttributes.class).fileKey()
                            .equals(l.fileKey)) {
                return l;
            }
            l.close();
        }
    }

    private Object fileKey;

    private static BuildLock tryTake(Path storeDir, boolean wait) throws IOException {
        Files.createDirectories(storeDir);
        Path file = storeDir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        FileLock lock;
        try {
            lock = wait ? ch.lock() : ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // another thread of this process builds the same store
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String owner = owner(ch);
            ch.close();
            throw new StoreException("store " + storeDir + " is being built by "
                    + (owner.isEmpty() ? "another process" : "process " + owner)
                    + ": wait for that build to finish, then try again", true);
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
        BuildLock l = new BuildLock(ch, lock);
        l.fileKey = key;
        return l;
    }

    private static String owner(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            int n = ch.read(b, 0);
            return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** True when {@code storeDir}'s lock is held now (by any process, this one included). */
    static boolean isHeld(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
