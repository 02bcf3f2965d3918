package org.grpokg.server.access;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

import org.eclipse.jetty.util.security.Credential;
import org.grpokg.store.StoreUpdates;

/**
 * Who may change the served graph and how much a change may carry: the users of a
 * {@link PasswordFile} over HTTP Basic, and a limit on the body of an update or upload. Given to
 * {@code KgServer.start}; without it the server is read-only. See
 * docs/decisions/0014-updates-with-a-password.md.
 *
 * @param users       who may update
 * @param maxBody     the largest body of an update or Graph Store upload, in bytes (larger: 413)
 * @param onCommit    told after each change the server answered with 2xx (the store keeps a record of it)
 */
public record UpdateAccess(PasswordFile users, long maxBody, CommitListener onCommit) {

    /** The realm named in {@code WWW-Authenticate}. */
    public static final String REALM = "grpo-kg updates";

    /** Told before a change is attempted and after each change the server answered with success. */
    @FunctionalInterface
    public interface CommitListener {
        /** Before an authorised change reaches the store (a crash after it must not lose the fact that the store may change). */
        default void changing(String user) {
        }

        void committed(String user);
    }

    /** What the credentials of a request say. */
    public enum Verdict {
        /** no credentials: 401 */
        ANONYMOUS,
        /** unknown user, wrong password or a malformed header: 401 */
        REFUSED,
        /** a known user who may not update: 403 */
        READ_ONLY,
        /** a user who may update */
        WRITER
    }

    /** The outcome of checking a request's {@code Authorization} header; {@code user} is set for READ_ONLY and WRITER. */
    public record Check(Verdict verdict, String user) {
    }

    // compared against when the user is unknown, so that an unknown name costs what a wrong password costs
    private static final Credential NOBODY = Credential.getCredential("MD5:" + "0".repeat(32));

    public UpdateAccess {
        if (maxBody <= 0) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
        if (onCommit == null) {
            onCommit = user -> { };
        }
    }

    /** Updates by {@code users}, each noted in the store folder {@code storeDir} ({@link StoreUpdates}). */
    public static UpdateAccess recordingIn(Path storeDir, PasswordFile users, long maxBody) {
        return new UpdateAccess(users, maxBody, new CommitListener() {
            @Override
            public void changing(String user) {
                StoreUpdates.mark(storeDir, user);
            }

            @Override
            public void committed(String user) {
                StoreUpdates.record(storeDir, user);
            }
        });
    }

    /** The same access, with {@code first} run before each change is attempted (before the listener's own). */
    public UpdateAccess beforeEachChange(Runnable first) {
        CommitListener inner = onCommit;
        return new UpdateAccess(users, maxBody, new CommitListener() {
            @Override
            public void changing(String user) {
                first.run();
                inner.changing(user);
            }

            @Override
            public void committed(String user) {
                inner.committed(user);
            }
        });
    }

    /** Checks an {@code Authorization} header value (may be null). */
    public Check check(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return new Check(Verdict.ANONYMOUS, null);
        }
        String[] schemeAndValue = authorization.strip().split("\\s+", 2);
        if (schemeAndValue.length != 2 || !schemeAndValue[0].toLowerCase(Locale.ROOT).equals("basic")) {
            return new Check(Verdict.REFUSED, null);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(schemeAndValue[1].strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Check(Verdict.REFUSED, null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Check(Verdict.REFUSED, null);
        }
        String name = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        PasswordFile.User user = users.user(name);
        boolean matches = (user == null ? NOBODY : user.credential()).check(password);
        if (user == null || !matches) {
            return new Check(Verdict.REFUSED, null);
        }
        return new Check(user.mayUpdate() ? Verdict.WRITER : Verdict.READ_ONLY, name);
    }
}
