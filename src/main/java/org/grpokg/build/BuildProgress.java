package org.grpokg.build;

/** Told how far a build has come; the command line shows it (a bar on a terminal, lines otherwise). */
public interface BuildProgress {

    /** Nothing shown: tests, and builds started on the way to another command. */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void update(long entries, long totalEntries, long quads) {
        }

        @Override
        public void stage(String what) {
        }

        @Override
        public void finish() {
        }
    };

    /** {@code entries} of {@code totalEntries} mapped, checked and sent to the store, {@code quads} with them. */
    void update(long entries, long totalEntries, long quads);

    /** A stage without a count (indexing the store for search). */
    void stage(String what);

    /** The build is over (successful or not). */
    void finish();
}
