package org.grpokg.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.grpokg.model.SourcePosition;

/** Checks that a link in a data file is an http(s) address that can become an IRI. */
final class WebAddress {

    private WebAddress() {
    }

    /** Throws a {@link CatalogueException} naming {@code key} unless {@code url} is blank or an http(s) address. */
    static void require(String url, String key, SourcePosition at) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            URI u = new URI(url.trim());
            if (u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).startsWith("http") && u.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new CatalogueException(at, key + " is not a web address: " + url);
    }
}
