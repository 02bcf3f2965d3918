package org.grpokg.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Password guessing slowed per address, on a clock the test moves. */
class LoginThrottleUnitTest {

    private long now = 1_000_000_000L;
    private final LoginThrottle throttle = new LoginThrottle(() -> now);

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address);
        }
    }

    private void advanceSeconds(long s) {
        now += TimeUnit.SECONDS.toNanos(s);
    }

    @Test
    void anAddressIsRefusedAfterTooManyFailuresUntilItsWindowEnds() {
        fail("10.0.0.1", LoginThrottle.MAX_FAILURES - 1);
        assertEquals(0, throttle.secondsToWait("10.0.0.1"), "one failure short of the limit");
        fail("10.0.0.1", 1);
        assertEquals(LoginThrottle.WINDOW_SECONDS, throttle.secondsToWait("10.0.0.1"));
        assertEquals(0, throttle.secondsToWait("10.0.0.2"), "other addresses are not affected");
        advanceSeconds(100);
        assertEquals(LoginThrottle.WINDOW_SECONDS - 100, throttle.secondsToWait("10.0.0.1"));
        advanceSeconds(LoginThrottle.WINDOW_SECONDS - 100);
        assertEquals(0, throttle.secondsToWait("10.0.0.1"), "the window has passed");
        fail("10.0.0.1", 1);
        assertEquals(0, throttle.secondsToWait("10.0.0.1"), "a new window starts from one failure");
    }

    @Test
    void failuresSpreadOverMoreThanAWindowNeverAddUp() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_FAILURES; i++) {
            fail("10.0.0.1", LoginThrottle.MAX_FAILURES / 2);
            advanceSeconds(LoginThrottle.WINDOW_SECONDS);
            assertEquals(0, throttle.secondsToWait("10.0.0.1"));
        }
    }

    @Test
    void aPartOfASecondLeftStillAsksToWaitOneSecond() {
        fail("10.0.0.1", LoginThrottle.MAX_FAILURES);
        now += TimeUnit.SECONDS.toNanos(LoginThrottle.WINDOW_SECONDS) - 1;
        assertEquals(1, throttle.secondsToWait("10.0.0.1"));
    }

    @Test
    void aFloodOfAddressesIsForgottenOldestFirst() {
        fail("first", LoginThrottle.MAX_FAILURES);
        for (int i = 0; i < LoginThrottle.MAX_ADDRESSES; i++) {
            fail("10." + i, 1);
        }
        assertEquals(0, throttle.secondsToWait("first"), "the oldest address was forgotten");
        fail("last", LoginThrottle.MAX_FAILURES);
        assertEquals(LoginThrottle.WINDOW_SECONDS, throttle.secondsToWait("last"));
    }
}
