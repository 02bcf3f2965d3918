package org.grpokg.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work on a daemon thread of its own while the caller goes on (the start path's side work,
 * decision 0026; the build's mapping thread, decision 0022), and the few rules every such thread
 * follows here: whoever waits gets the task's failure as it was thrown, and a wait that is
 * interrupted keeps the interrupt for the caller.
 */
public final class SideTask<T> {

    private final FutureTask<T> future;

    private SideTask(FutureTask<T> future) {
        this.future = future;
    }

    /** Starts {@code task} on a new daemon thread named {@code threadName}. */
    public static <T> SideTask<T> start(String threadName, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread t = new Thread(future, threadName);
        t.setDaemon(true);
        t.start();
        return new SideTask<>(future);
    }

    /** The task's result once it ends; its failure is thrown here; {@code whileDoing} names the wait in the message of an interrupt. */
    public T await(String whileDoing) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + whileDoing, e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** Throws {@code e} as it is when unchecked, else wrapped; declared to return so callers can {@code throw} it. */
    public static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(e);
    }

    /** Waits for {@code thread} to end, keeping this thread's interrupt for its caller. */
    public static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
