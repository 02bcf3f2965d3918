package org.grpokg.cli;

/**
 * Points log4j2 at the tool's own configuration (warnings only, on stderr; Fuseki's server and
 * request logs at INFO for {@code serve}) unless the user chose another with
 * {@code -Dlog4j2.configurationFile}.
 */
final class Logging {

    private Logging() {
    }

    static void configure() {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:grpo-kg-log4j2.properties");
        }
    }
}
