package org.grpokg.connect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP Digest challenge ({@code WWW-Authenticate: Digest realm=..., nonce=..., qop=...}, RFC
 * 7616, also RFC 2617 and 2069) and the {@code Authorization} header that answers it. Virtuoso's
 * {@code /sparql-auth} and {@code /sparql-graph-crud-auth} ask for Digest only; the JDK's
 * {@code HttpClient} answers Basic only ({@link LoginHttpClient} uses this class).
 * Algorithms MD5, MD5-sess, SHA-256, SHA-256-sess; quality of protection {@code auth} or none
 * ({@code auth-int}, which hashes the body, is not offered by the stores we know and is refused).
 */
record DigestChallenge(String realm, String nonce, String opaque, boolean qopAuth, String algorithm) {

    /** The first Digest challenge among a response's {@code WWW-Authenticate} values that this class can answer. */
    static Optional<DigestChallenge> parse(List<String> wwwAuthenticate) {
        for (String value : wwwAuthenticate) {
            String v = value.strip();
            if (v.length() < 7 || !v.regionMatches(true, 0, "Digest ", 0, 7)) {
                continue;
            }
            Map<String, String> p = params(v.substring(7));
            String nonce = p.get("nonce");
            String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
            String qop = p.get("qop");
            boolean auth = qop != null && List.of(qop.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains("auth");
            if (nonce == null || hashName(algorithm) == null || (qop != null && !auth)) {
                continue;
            }
            return Optional.of(new DigestChallenge(p.getOrDefault("realm", ""), nonce, p.get("opaque"), auth, algorithm));
        }
        return Optional.empty();
    }

    /**
     * The {@code Authorization} header value for {@code method} on {@code uri} (the request
     * target: path and query, as on the request line), the {@code nc}-th use of this nonce, with
     * the client nonce {@code cnonce}.
     */
    String authorization(String user, String password, String method, String uri, long nc, String cnonce) {
        String ncText = String.format(Locale.ROOT, "%08x", nc);
        String ha1 = hash(user + ":" + realm + ":" + password);
        if (algorithm.endsWith("-SESS")) {
            ha1 = hash(ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hash(method + ":" + uri);
        String response = qopAuth
                ? hash(ha1 + ":" + nonce + ":" + ncText + ":" + cnonce + ":auth:" + ha2)
                : hash(ha1 + ":" + nonce + ":" + ha2);
        StringBuilder h = new StringBuilder("Digest username=").append(quoted(user))
                .append(", realm=").append(quoted(realm))
                .append(", nonce=").append(quoted(nonce))
                .append(", uri=").append(quoted(uri))
                .append(", algorithm=").append(algorithm)
                .append(", response=").append(quoted(response));
        if (opaque != null) {
            h.append(", opaque=").append(quoted(opaque));
        }
        if (qopAuth) {
            h.append(", qop=auth, nc=").append(ncText).append(", cnonce=").append(quoted(cnonce));
        }
        return h.toString();
    }

    private String hash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance(hashName(algorithm));
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hashName(String algorithm) {
        return switch (algorithm) {
            case "MD5", "MD5-SESS" -> "MD5";
            case "SHA-256", "SHA-256-SESS" -> "SHA-256";
            default -> null;
        };
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code key=value} and {@code key="quoted, value"} pairs separated by commas; keys in lower case. */
    static Map<String, String> params(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < n && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            out.put(key, value.toString().strip());
        }
        return out;
    }
}
