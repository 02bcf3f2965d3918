package org.grpokg.build;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.grpokg.concurrent.SideTask;

/**
 * Two stages of a build on two threads: a producer on a thread of its own hands items to the
 * calling thread through a bounded queue, so that it is never more than {@code capacity} items
 * ahead (memory stays bounded) and the calling thread keeps what must stay on it (TDB2's write
 * transaction belongs to the thread that began it).
 *
 * <p>A failure on either side ends both: an error of the producer is thrown again, as it is, on
 * the calling thread once the items before it are consumed; an error of the consumer stops the
 * producer at its next hand-off. {@link #run} returns or throws only when the producer's thread
 * has ended, so nothing of the build is left running. See docs/decisions/0022-build-speed.md.
 */
final class HandOff {

    /** Makes items and gives each to {@code out}, in order. */
    @FunctionalInterface
    interface Producer<T> {
        void produce(Consumer<T> out);
    }

    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    /** Thrown inside the producer's thread to unwind it once the consumer has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private HandOff() {
    }

    /**
     * Runs {@code producer} on a new thread named {@code name} and {@code consumer} on this one,
     * over a queue of {@code capacity} items.
     */
    @SuppressWarnings("unchecked")
    static <T> void run(String name, int capacity, Producer<T> producer, Consumer<? super T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(capacity);
        // set by the consumer's side when it stops early; read by the producer at every hand-off
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread thread = new Thread(() -> {
            Object last = END;
            try {
                producer.produce(item -> put(queue, item, stopped));
            } catch (Stopped s) {
                return;
            } catch (Throwable e) {
                last = new Failure(e);
            }
            try {
                put(queue, last, stopped);
            } catch (Stopped s) {
                // the consumer has gone: nobody waits for the end
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        boolean finished = false;
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    finished = true;
                    return;
                }
                if (item instanceof Failure f) {
                    finished = true;
                    throw SideTask.rethrow(f.error());
                }
                consumer.accept((T) item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } finally {
            if (!finished) {
                stopped.set(true);
                queue.clear();
                thread.interrupt();
            }
            SideTask.joinQuietly(thread);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, java.util.concurrent.atomic.AtomicBoolean stopped) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new Stopped();
                }
            }
            if (stopped.get()) {
                throw new Stopped();
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }
}
