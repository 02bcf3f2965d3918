package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.grpokg.query.QueryLimits;
import org.junit.jupiter.api.Test;

/** The limit options: sizes with suffixes, seconds with decimals, defaults per command. */
class LimitOptionsUnitTest {

    @Test
    void sizesTakeKAndMSuffixes() {
        assertEquals(65536, LimitOptions.size("65536"));
        assertEquals(65536, LimitOptions.size("64K"));
        assertEquals(1 << 20, LimitOptions.size("1m"));
        UserException e = assertThrows(UserException.class, () -> LimitOptions.size("lots"));
        assertEquals(ExitCodes.USAGE, e.exitCode());
        assertEquals("--max-query-size takes a size in bytes such as 65536, 64K or 1M, not 'lots'", e.getMessage());
        assertThrows(UserException.class, () -> LimitOptions.size("0"));
    }

    @Test
    void defaultsDependOnTheCommandAndOptionsOverrideThem() {
        LimitOptions none = new LimitOptions();
        assertEquals(Duration.ofSeconds(30), none.limits(QueryLimits.server()).timeout());
        assertEquals(Duration.ofSeconds(60), none.limits(QueryLimits.cli()).timeout());
        assertEquals(256 * 1024, none.limits(QueryLimits.cli()).maxQueryBytes());
        LimitOptions some = new LimitOptions();
        some.timeout = 0.25;
        some.maxResults = 10L;
        QueryLimits l = some.limits(QueryLimits.cli());
        assertEquals(Duration.ofMillis(250), l.timeout());
        assertEquals(10, l.maxResultRows());
        some.timeout = -1.0;
        assertEquals(ExitCodes.USAGE, assertThrows(UserException.class, () -> some.limits(QueryLimits.cli())).exitCode());
    }
}
