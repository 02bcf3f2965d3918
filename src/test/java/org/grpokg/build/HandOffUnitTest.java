package org.grpokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The two threads of a build: order, a bounded lead, and a failure on either side ending both. */
class HandOffUnitTest {

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void everyItemArrivesInOrderAndTheProducerStaysAFewItemsAhead() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> got = new ArrayList<>();
        List<Integer> lead = new ArrayList<>();
        HandOff.<Integer>run("handoff-order", 2, out -> {
            for (int i = 0; i < 200; i++) {
                made.incrementAndGet();
                out.accept(i);
            }
        }, i -> {
            got.add(i);
            lead.add(made.get() - got.size());
        });
        assertEquals(200, got.size());
        for (int i = 0; i < 200; i++) {
            assertEquals(i, got.get(i));
        }
        // two in the queue, one being handed over: never the whole stream in memory
        assertTrue(lead.stream().allMatch(n -> n <= 3), "lead " + lead);
        assertFalse(threadAlive("handoff-order"));
    }

    @Test
    void aProducerErrorIsThrownAsItIsOnTheCallingThreadAfterTheItemsBeforeIt() {
        IllegalArgumentException boom = new IllegalArgumentException("bad unit");
        List<Integer> got = new ArrayList<>();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> HandOff.<Integer>run("handoff-producer", 2, out -> {
            out.accept(1);
            out.accept(2);
            throw boom;
        }, got::add));
        assertSame(boom, thrown);
        assertEquals(List.of(1, 2), got);
        assertFalse(threadAlive("handoff-producer"));
    }

    @Test
    void aProducerOutOfMemoryIsThrownToo() {
        assertThrows(OutOfMemoryError.class, () -> HandOff.<Integer>run("handoff-oom", 2, out -> {
            throw new OutOfMemoryError("simulated");
        }, i -> { }));
        assertFalse(threadAlive("handoff-oom"));
    }

    @Test
    void aConsumerErrorStopsAProducerThatWaitsOnAFullQueue() {
        AtomicInteger made = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> HandOff.<Integer>run("handoff-consumer", 1, out -> {
            // endless: only the consumer's failure can stop it
            for (int i = 0; ; i++) {
                made.incrementAndGet();
                out.accept(i);
            }
        }, i -> {
            if (i == 3) {
                throw new IllegalStateException("disk full");
            }
        }));
        assertEquals("disk full", thrown.getMessage());
        // run() returned only once the producer's thread had ended, a few items past the failure at most
        assertFalse(threadAlive("handoff-consumer"));
        assertTrue(made.get() <= 7, "made " + made.get());
    }

    @Test
    void aConsumerErrorStopsABusyProducerAtItsNextHandOff() {
        AtomicInteger handedAfterStop = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        assertThrows(IllegalStateException.class, () -> HandOff.<Integer>run("handoff-busy", 4, out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.accept(i);
                if (failed.get()) {
                    handedAfterStop.incrementAndGet();
                }
            }
        }, i -> {
            failed.set(true);
            throw new IllegalStateException("loader failed");
        }));
        assertFalse(threadAlive("handoff-busy"));
        assertTrue(handedAfterStop.get() < 10, "the producer went on for " + handedAfterStop.get() + " items");
    }
}
