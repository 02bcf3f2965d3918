package org.grpokg.cli;

import java.util.Set;

import org.apache.jena.sys.JenaSystem;
import org.grpokg.concurrent.SideTask;

/**
 * Starts Jena ({@link JenaSystem#init()}: some 1,200 classes and their registries, about a fifth
 * of a short command's time) on its own thread while picocli builds the command line and parses
 * the arguments on the main thread, which touch no Jena class; the command runs only after
 * {@link #await()} (decision 0026). Only one thread ever initialises Jena: {@code JenaSystem}
 * marks itself initialised before it is, so a second thread could see it half done.
 */
final class JenaStart {

    /** First arguments of the commands that never need Jena, or only print text. */
    private static final Set<String> WITHOUT_JENA = Set.of("help", "--help", "-h", "--version", "-V", "generate");

    private static volatile Thread thread;

    private JenaStart() {
    }

    /** Starts Jena on another thread, unless the command named by {@code args} does without it. */
    static void begin(String[] args) {
        if (args.length == 0 || WITHOUT_JENA.contains(args[0]) || thread != null) {
            return;
        }
        Thread t = new Thread(JenaSystem::init, "grpo-kg-jena-start");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Waits until Jena started by {@link #begin} is ready (at once when it was not started). */
    static void await() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        SideTask.joinQuietly(t);
    }
}
