package org.grpokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.grpokg.build.Workspace;
import org.grpokg.server.KgServer;
import org.grpokg.server.access.Exposure;
import org.grpokg.server.access.PasswordFile;
import org.grpokg.server.access.UpdateAccess;
import picocli.CommandLine.Option;

/** {@code serve}'s options for updates: off unless {@code --allow-update} with a password file. */
final class UpdateOptions {

    @Option(names = "--allow-update",
            description = "Accept SPARQL Update (/kg/update) and Graph Store writes (/kg/data) from the users of --password-file (HTTP Basic). Reads stay anonymous.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may update, one a line: 'name: password[, role ...]' (Jetty realm format; MD5:, CRYPT:, OBF: passwords accepted; with roles, 'update' is needed to write). Must not be readable by everyone.")
    Path passwordFile;

    @Option(names = "--max-update-mb", paramLabel = "MB", defaultValue = "4",
            description = "Largest body of an update or upload, in MiB (default: ${DEFAULT-VALUE}); larger ones get 413.")
    int maxUpdateMb;

    private UpdateAccess access;

    /** The password file read and checked, or null when updates are off; a usage or input error otherwise. */
    PasswordFile passwordFile() {
        if (!allowUpdate) {
            if (passwordFile != null) {
                throw new UserException(ExitCodes.USAGE, "--password-file needs --allow-update (the server is read-only without it)");
            }
            return null;
        }
        if (passwordFile == null) {
            throw new UserException(ExitCodes.USAGE, "--allow-update needs --password-file FILE (lines 'name: password')");
        }
        if (maxUpdateMb < 1 || maxUpdateMb > 1024) {
            throw new UserException(ExitCodes.USAGE, "--max-update-mb must be between 1 and 1024");
        }
        try {
            return PasswordFile.read(passwordFile);
        } catch (PasswordFile.Problem e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }

    /** The access for the server, noting each change in {@code storeDir}; null when updates are off. */
    UpdateAccess access(PasswordFile users, Path storeDir) {
        access = users == null ? null : UpdateAccess.recordingIn(storeDir, users, (long) maxUpdateMb << 20);
        return access;
    }

    /** Says when the store holds changes made through the server and data/ has changed since: serve keeps them. */
    static void warnIfStale(Workspace ws, PrintWriter err) {
        ws.updates().ifPresent(u -> {
            if (!ws.isFresh()) {
                err.println("grpo-kg: warning: " + ws.data() + " changed since the store was built, but the store holds " + u.describe()
                        + ": serving it as it is; 'grpo-kg build --discard-updates' rebuilds it from the data");
                err.flush();
            }
        });
    }

    /** What is exposed: every address when listening beyond loopback ({@code host} not null), else where updates go. */
    void printExposure(PrintWriter out, String host, int port) {
        if (host != null) {
            Exposure.of(KgServer.DATASET, access).describe(host, port).forEach(out::println);
        } else if (access != null) {
            out.println("  Updates:     /kg/update (SPARQL Update), /kg/data (Graph Store writes), by "
                    + String.join(", ", access.users().writers()) + " (HTTP Basic; loopback only)");
        }
    }
}
