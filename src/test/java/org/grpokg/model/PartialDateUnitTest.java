package org.grpokg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PartialDateUnitTest {

    @Test
    void isoFormsRoundTrip() {
        for (String iso : new String[] {"2025", "2025-03", "2025-03-22"}) {
            assertEquals(iso, PartialDate.parse(iso).orElseThrow().toString());
        }
    }

    @Test
    void onlyADayIsALocalDate() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 22)), PartialDate.parse("2025-03-22").orElseThrow().toLocalDate());
        assertEquals(Optional.empty(), PartialDate.parse("2025-03").orElseThrow().toLocalDate());
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertEquals(Optional.empty(), PartialDate.of(2025, 2, 30));
        assertEquals(Optional.empty(), PartialDate.of(2025, 13, 0));
        assertEquals(Optional.empty(), PartialDate.parse("25-03"));
        assertEquals(Optional.empty(), PartialDate.of(2025, 0, 5), "a day needs a month");
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(java.time.LocalDateTime.of(2025, 1, 1, 0, 0)));
    }

    @Test
    void ordersByPrecisionWithinAMonth() {
        assertTrue(PartialDate.parse("2025-03").orElseThrow().compareTo(PartialDate.parse("2025-03-01").orElseThrow()) < 0);
        assertTrue(PartialDate.parse("2024-12-31").orElseThrow().compareTo(PartialDate.parse("2025").orElseThrow()) < 0);
    }

    @org.junit.jupiter.api.Test
    void theValueIsTheJavaTimeTypeOfItsPrecision() {
        assertEquals(java.time.Year.of(2025), PartialDate.parse("2025").orElseThrow().value());
        assertEquals(java.time.YearMonth.of(2025, 3), PartialDate.parse("2025-03").orElseThrow().value());
        assertEquals(LocalDate.of(2025, 3, 22), PartialDate.parse("2025-03-22").orElseThrow().value());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2025-03").orElseThrow().precision());
        assertEquals(PartialDate.parse(" 2025-03 "), PartialDate.of(2025, 3, 0), "blanks around are ignored");
    }
}
