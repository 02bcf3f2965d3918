package org.grpokg.server.access;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jetty.util.security.Credential;

/**
 * The users who may update the served graph, read from a file in Jetty's realm properties format
 * (the format of Fuseki's {@code --passwd}): one user a line, {@code name: password[, role ...]}.
 * The password is plain text or a Jetty credential ({@code MD5:<hex>}, {@code CRYPT:<crypt>},
 * {@code OBF:<obfuscated>}); blank lines and lines starting with {@code #} or {@code !} are
 * ignored. A user without roles, or with the role {@value #UPDATE_ROLE}, may update; a user whose
 * roles leave it out is known but may not (403). The file must not be readable by everyone.
 */
public final class PasswordFile {

    /** The role that grants writes when a user lists roles. */
    public static final String UPDATE_ROLE = "update";

    /** A user of the file: name, credential, and whether it may update. */
    public record User(String name, Credential credential, boolean mayUpdate) {
        @Override
        public String toString() {
            return name + (mayUpdate ? "" : " (read-only)");
        }
    }

    /** A password file that cannot be used: the message is one line naming the file (and line). */
    public static final class Problem extends RuntimeException {
        Problem(String message) {
            super(message);
        }
    }

    private final Path file;
    private final Map<String, User> users;

    private PasswordFile(Path file, Map<String, User> users) {
        this.file = file;
        this.users = users;
    }

    /** Reads and checks {@code file}: it exists, is not readable by everyone and lists at least one user who may update. */
    public static PasswordFile read(Path file) {
        if (!Files.exists(file)) {
            throw new Problem("password file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new Problem("password file " + file + " is not a regular file");
        }
        requireNotWorldReadable(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new Problem("password file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new Problem("cannot read password file " + file + ": " + e.getMessage());
        }
        Map<String, User> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            User u = parse(lines.get(i), file, i + 1);
            if (u != null && users.put(u.name(), u) != null) {
                throw new Problem(file + ":" + (i + 1) + ": user '" + u.name() + "' is listed twice");
            }
        }
        if (users.values().stream().noneMatch(User::mayUpdate)) {
            throw new Problem("password file " + file + " lists no user who may update (format: name: password[, role ...])");
        }
        return new PasswordFile(file, Map.copyOf(users));
    }

    private static User parse(String raw, Path file, int line) {
        String text = line == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return null;
        }
        int sep = firstSeparator(trimmed);
        if (sep <= 0) {
            throw new Problem(file + ":" + line + ": expected 'name: password[, role ...]'");
        }
        String name = trimmed.substring(0, sep).strip();
        List<String> parts = Arrays.stream(trimmed.substring(sep + 1).split(",")).map(String::strip).toList();
        String password = parts.get(0);
        if (name.isEmpty() || password.isEmpty()) {
            throw new Problem(file + ":" + line + ": " + (name.isEmpty() ? "no user name" : "user '" + name + "' has no password"));
        }
        Set<String> roles = parts.stream().skip(1).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
        return new User(name, Credential.getCredential(password), roles.isEmpty() || roles.contains(UPDATE_ROLE));
    }

    private static int firstSeparator(String s) {
        int colon = s.indexOf(':');
        int equals = s.indexOf('=');
        if (colon < 0) {
            return equals;
        }
        return equals < 0 ? colon : Math.min(colon, equals);
    }

    private static void requireNotWorldReadable(Path file) {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return; // no POSIX permissions to check on this file system
        }
        try {
            if (Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ)) {
                throw new Problem("password file " + file + " is readable by every user of this machine: chmod o-r " + file);
            }
        } catch (IOException e) {
            throw new Problem("cannot read the permissions of password file " + file + ": " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    /** The user called {@code name}, or null. */
    public User user(String name) {
        return users.get(name);
    }

    /** Names of the users who may update, sorted. */
    public List<String> writers() {
        return users.values().stream().filter(User::mayUpdate).map(User::name).sorted().toList();
    }

    /** Names of the users who are known but may not update, sorted. */
    public List<String> readOnlyUsers() {
        return users.values().stream().filter(u -> !u.mayUpdate()).map(User::name).sorted().toList();
    }
}
