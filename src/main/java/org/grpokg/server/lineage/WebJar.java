package org.grpokg.server.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about a WebJar on the classpath, read from the Maven descriptor it carries. */
final class WebJar {

    private WebJar() {
    }

    /** The version of {@code org.webjars.npm:NAME}; a missing WebJar is a packaging bug. */
    static String version(String name) {
        String descriptor = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = WebJar.class.getClassLoader().getResourceAsStream(descriptor)) {
            if (in == null) {
                throw new IllegalStateException("WebJar missing from the classpath: " + descriptor);
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
