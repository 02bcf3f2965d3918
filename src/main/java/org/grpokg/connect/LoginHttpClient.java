package org.grpokg.connect;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK {@link HttpClient} that answers a store's login challenge itself, HTTP Basic or Digest:
 * the JDK client answers Basic only (through an {@link Authenticator}) and hands a Digest 401
 * back unanswered, which Virtuoso's {@code /sparql-auth} sends; and a client with an
 * {@code Authenticator} drops every {@code Authorization} header its caller sets, so the two
 * cannot be mixed. The wrapped client must have no {@code Authenticator}.
 * <p>
 * A request answered 401 with a challenge this class can answer (Digest preferred, else Basic)
 * is sent once more with the answer; later requests carry an answer to the last challenge at
 * once (for Digest the nonce reused with a growing count, as RFC 7616 allows). When the store
 * refuses it, the new challenge is answered, again once: a request costs one round trip while
 * the store accepts the answer, two otherwise, and a wrong password ends in the store's 401, never
 * in a loop. Jena sends every request through {@link #sendAsync(HttpRequest, BodyHandler)}; the
 * bodies it sends are replayable (strings and byte arrays).
 */
final class LoginHttpClient extends HttpClient {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASIC = "Basic";

    private final HttpClient inner;
    private final Credentials login;
    /** The last challenge: a {@link DigestChallenge}, {@link #BASIC} with its charset, or null before the first. */
    private volatile Object challenge;
    private volatile Charset basicCharset = StandardCharsets.ISO_8859_1;
    private final AtomicLong count = new AtomicLong();

    LoginHttpClient(HttpClient inner, Credentials login) {
        if (inner.authenticator().isPresent()) {
            throw new IllegalArgumentException("the wrapped client must have no Authenticator (it would drop the Authorization header)");
        }
        this.inner = inner;
        this.login = login;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<T> first = inner.send(answered(request), guarded(handler));
        if (!answerable(first.statusCode(), first.headers())) {
            return first;
        }
        renew(first.headers());
        return inner.send(answered(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler) {
        return inner.sendAsync(answered(request), guarded(handler)).thenCompose(first -> {
            if (!answerable(first.statusCode(), first.headers())) {
                return CompletableFuture.completedFuture(first);
            }
            renew(first.headers());
            return inner.sendAsync(answered(request), handler);
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler,
            PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    /** A 401 with a Digest or Basic challenge (its body dropped unread by {@link #guarded}): sent again with the answer. */
    private static boolean answerable(int status, HttpHeaders headers) {
        if (status != 401) {
            return false;
        }
        List<String> values = headers.allValues("WWW-Authenticate");
        return DigestChallenge.parse(values).isPresent() || basic(values).isPresent();
    }

    /** The caller's body handler, except for an answerable 401, whose body is dropped (the request is sent again). */
    private static <T> BodyHandler<T> guarded(BodyHandler<T> handler) {
        return info -> answerable(info.statusCode(), info.headers()) ? BodySubscribers.replacing(null) : handler.apply(info);
    }

    /** The first Basic challenge's charset (RFC 7617: UTF-8 when it says so, else ISO-8859-1 as the JDK sends). */
    private static Optional<Charset> basic(List<String> values) {
        for (String v : values) {
            String t = v.strip();
            if (t.equalsIgnoreCase(BASIC) || (t.length() > 6 && t.regionMatches(true, 0, "Basic ", 0, 6))) {
                String cs = DigestChallenge.params(t.substring(Math.min(6, t.length()))).get("charset");
                return Optional.of("UTF-8".equalsIgnoreCase(cs) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            }
        }
        return Optional.empty();
    }

    private synchronized void renew(HttpHeaders headers) {
        List<String> values = headers.allValues("WWW-Authenticate");
        Optional<DigestChallenge> digest = DigestChallenge.parse(values);
        if (digest.isPresent()) {
            challenge = digest.get();
            count.set(0);
        } else {
            basicCharset = basic(values).orElse(StandardCharsets.ISO_8859_1);
            challenge = BASIC;
        }
    }

    /** {@code request} with the answer to the last challenge, if there was one. */
    private HttpRequest answered(HttpRequest request) {
        Object c = challenge;
        String value;
        if (c instanceof DigestChallenge d) {
            String target = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
            byte[] cnonce = new byte[8];
            RANDOM.nextBytes(cnonce);
            value = d.authorization(login.user(), login.password(), request.method(), target.isEmpty() ? "/" : target,
                    count.incrementAndGet(), HexFormat.of().formatHex(cnonce));
        } else if (c == BASIC) {
            value = "Basic " + Base64.getEncoder().encodeToString((login.user() + ":" + login.password()).getBytes(basicCharset));
        } else {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, v) -> !name.equalsIgnoreCase("Authorization"))
                .header("Authorization", value).build();
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return inner.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return inner.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return inner.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return inner.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return inner.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return inner.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return inner.authenticator();
    }

    @Override
    public Version version() {
        return inner.version();
    }

    @Override
    public Optional<Executor> executor() {
        return inner.executor();
    }
}
