package org.grpokg.release;

import java.util.List;

/** The files of a release, by role; {@link #all()} in the order they are written and listed in the checksums. */
public record ReleaseFiles(String turtle, String ntriplesGz, String jsonld, String trig) {

    public static final String DESCRIPTION = "void.ttl";
    public static final String CHECKSUMS = "SHA256SUMS";
    public static final String CHANGELOG = "CHANGELOG.md";

    static ReleaseFiles of(ReleaseInfo info) {
        String s = info.stem();
        return new ReleaseFiles(s + ".ttl", s + ".nt.gz", s + ".jsonld", s + ".trig");
    }

    public List<String> dumps() {
        return List.of(turtle, ntriplesGz, jsonld, trig);
    }
}
