package org.grpokg.store;

/** A store that cannot be opened, built or swapped (in use by another process, not a store, I/O). */
public class StoreException extends RuntimeException {

    private final boolean busy;

    public StoreException(String message, boolean busy) {
        super(message);
        this.busy = busy;
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.busy = false;
    }

    /** True when another process holds the store (a running {@code serve}). */
    public boolean isBusy() {
        return busy;
    }
}
