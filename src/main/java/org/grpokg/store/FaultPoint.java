package org.grpokg.store;

import java.util.function.Consumer;

/**
 * Named points in the build of a store where tests simulate a crash: with the system property
 * {@code grpokg.store.haltAt=POINT} the process halts there at once, as {@code kill -9} would
 * (no shutdown hooks, no {@code finally}); an in-process test may set {@link #hook} instead to
 * pause a build at a point. Both are unset in normal use and then cost nothing.
 */
public enum FaultPoint {
    /** Half-way through loading the new generation. */
    LOADING,
    /** The new generation is complete and marked, the pointer not yet switched. */
    BEFORE_SWITCH,
    /** The pointer names the new generation; the old one is not yet removed. */
    AFTER_SWITCH;

    /** A test's hook, called at every point; null in normal use. */
    static volatile Consumer<FaultPoint> hook;

    /** Sets (or with null clears) the in-process hook. */
    public static void setHook(Consumer<FaultPoint> h) {
        hook = h;
    }

    /** Called by the build at this point. */
    public void reach() {
        Consumer<FaultPoint> h = hook;
        if (h != null) {
            h.accept(this);
        }
        if (name().equalsIgnoreCase(System.getProperty("grpokg.store.haltAt", ""))) {
            System.err.println("grpo-kg: halting at " + name() + " (grpokg.store.haltAt)");
            System.err.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
