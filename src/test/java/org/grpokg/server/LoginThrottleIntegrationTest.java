package org.grpokg.server;

import static org.grpokg.server.UpdatesIntegrationTest.ALICE;
import static org.grpokg.server.UpdatesIntegrationTest.ask;
import static org.grpokg.server.UpdatesIntegrationTest.basic;
import static org.grpokg.server.UpdatesIntegrationTest.send;
import static org.grpokg.server.UpdatesIntegrationTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.grpokg.TestPaths;
import org.grpokg.server.access.LoginThrottle;
import org.junit.jupiter.api.Test;

/** Guessing passwords over real HTTP: after too many wrong ones, even the right one waits; reads do not. */
class LoginThrottleIntegrationTest {

    @Test
    void anAddressThatGuessesTooOftenGets429EvenWithTheRightPassword() throws Exception {
        try (ServedGraph served = ServedGraph.of(TestPaths.DATA, "throttle-", UpdatesIntegrationTest.access())) {
            RunningServer server = served.server();
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                HttpResponse<String> r = send(update(server, "INSERT DATA { <urn:guess> <urn:p> " + i + " }")
                        .header("Authorization", basic("alice", "guess" + i)));
                assertEquals(401, r.statusCode(), "guess " + i + ": " + r.body());
            }
            HttpResponse<String> locked = send(update(server, "INSERT DATA { <urn:right> <urn:p> 1 }").header("Authorization", ALICE));
            assertEquals(429, locked.statusCode(), locked.body());
            long wait = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(wait > 0 && wait <= LoginThrottle.WINDOW_SECONDS, "Retry-After " + wait);
            assertTrue(locked.body().startsWith("too many wrong user names or passwords from ") && locked.body().endsWith(" s\n"),
                    locked.body());
            assertFalse(ask(server, "<urn:right> ?p ?o"), "the right password was not even checked");
            // reads stay open to everyone, the guesser too
            assertFalse(ask(server, "<urn:guess> ?p ?o"));
        }
    }
}
