package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressLineUnitTest {

    @Test
    void aPlainLineSaysHowFarHowFastAndHowLong() {
        assertEquals("grpo-kg: build: 2,500 of 10,000 entries (25%), 250,000 quads, 500 entries/s, about 0:15 left\n",
                ProgressLine.text(2_500, 10_000, 250_000, 5.0, false).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aTerminalBarIsRedrawnInPlace() {
        String bar = ProgressLine.text(5_000, 10_000, 1, 10.0, true);
        assertTrue(bar.startsWith("\r\033[Kbuild [===============               ]  50% 5,000/10,000 entries"), bar);
        assertTrue(bar.endsWith("500 entries/s, ETA 0:10"), bar);
    }

    @Test
    void aShortBuildShowsNothing() {
        StringWriter out = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(out), false);
        p.update(0, 10, 0);
        p.update(10, 10, 500);
        p.stage("indexing for search");
        p.finish();
        assertEquals("", out.toString());
    }
}
