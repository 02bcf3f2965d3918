package org.grpokg.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user and password for a store that asks for them (HTTP Basic or Digest), read from a file or
 * the environment, never from the command line (where every user of the machine sees it).
 * {@link #toString()} leaves the password out.
 */
public record Credentials(String user, String password) {

    public static final String USER_VARIABLE = "GRPO_KG_USER";
    public static final String PASSWORD_VARIABLE = "GRPO_KG_PASSWORD";

    /** A credentials file or its environment variables could not be used; the message says why. */
    public static final class CredentialsException extends RuntimeException {
        CredentialsException(String message) {
            super(message);
        }
    }

    /**
     * The credentials from {@code file} when one is named, else from {@value #USER_VARIABLE} and
     * {@value #PASSWORD_VARIABLE} in {@code environment}, else none.
     */
    public static Optional<Credentials> resolve(Path file, Map<String, String> environment) {
        if (file != null) {
            return Optional.of(fromFile(file));
        }
        String user = environment.get(USER_VARIABLE);
        String password = environment.get(PASSWORD_VARIABLE);
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || user.isEmpty() || password == null) {
            throw new CredentialsException("set both " + USER_VARIABLE + " and " + PASSWORD_VARIABLE + ", or neither");
        }
        return Optional.of(new Credentials(user, password));
    }

    /**
     * One line {@code user:password} (the password may hold ':'); refused when every user of the
     * machine may read the file.
     */
    public static Credentials fromFile(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ)) {
                throw new CredentialsException(file + ": readable by every user of this machine; make it private first (chmod 600 " + file + ")");
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        } catch (NoSuchFileException e) {
            throw new CredentialsException(file + ": no such file");
        } catch (IOException e) {
            throw new CredentialsException(file + ": cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CredentialsException(file + ": cannot read: " + e.getMessage());
        }
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new CredentialsException(file + ":1: expected one line user:password");
        }
        return new Credentials(line.substring(0, colon), line.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
