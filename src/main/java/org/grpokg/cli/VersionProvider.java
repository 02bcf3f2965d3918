package org.grpokg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** {@code --version}: the tool's and Jena's versions, as Maven recorded them at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/grpo-kg-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"grpo-kg " + p.getProperty("version", "development"),
            "Apache Jena " + p.getProperty("jena", "unknown"), "Java " + System.getProperty("java.version")};
    }
}
