package org.grpokg.release;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What names a release: its date (from an option or from the data, never the clock, so the same
 * data gives the same files), its version label, and the address its files will be published at
 * (DCAT download URLs must be absolute).
 */
public record ReleaseInfo(LocalDate date, String version, String baseUrl) {

    /** Where releases are published by default; a release's files sit under {@code <date>/}. */
    public static final String DEFAULT_BASE = "https://w3id.org/grpo-kg/releases/";

    public ReleaseInfo {
        Objects.requireNonNull(date, "date");
        version = version == null || version.isBlank() ? date.toString() : version.trim();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE + date + "/" : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The file name stem of the dumps: {@code grpo-kg-2025-03-18}. */
    public String stem() {
        return "grpo-kg-" + date;
    }
}
