package org.grpokg.server.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grouping entries by month of issue, whatever the precision of the date. */
class TimelineUnitTest {

    private static Timeline.Item item(String key, String date) {
        return new Timeline.Item("https://w3id.org/grpo-kg/id/entry/" + key, key, null, "/id/entry/" + key, date);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "2025-03-07, 2025-03",
        "2025-03, 2025-03",
        "2025, 2025",
        "2025-03-07T10:00:00Z, 2025-03",
        "2025-03Z, 2025-03",
        "2025-13, none",
        "March 2025, none",
        "'', none"})
    void periodOfADateAYearMonthAndAYear(String issued, String key) {
        assertEquals(key, Timeline.periodKey(issued));
    }

    @Test
    void monthsInOrderWithEmptyMonthsBetweenAndBarsRelativeToTheFullestMonth() {
        Timeline t = Timeline.of(List.of(
                item("a", "2025-01-20"), item("b", "2025-03"), item("c", "2025-03-07"),
                item("d", "2024"), item("e", ""), item("a", "2025-02-01")));
        assertEquals(List.of("2024", "2025-01", "2025-02", "2025-03"), t.periods().stream().map(Timeline.Period::key).toList());
        assertEquals(List.of("2024, month not known", "January 2025", "February 2025", "March 2025"),
                t.periods().stream().map(Timeline.Period::label).toList());
        assertEquals(List.of(1, 1, 0, 2), t.periods().stream().map(Timeline.Period::count).toList(),
                "an entry counts once, in the month of its first (earliest) row");
        assertEquals(List.of(50, 50, 0, 100), t.periods().stream().map(Timeline.Period::percent).toList());
        assertEquals(List.of("e"), t.undated().stream().map(Timeline.Item::label).toList());
        assertEquals(4, t.datedCount());
    }

    @Test
    void nothingDatedMeansNoPeriods() {
        Timeline t = Timeline.of(List.of(item("x", "")));
        assertEquals(List.of(), t.periods());
        assertEquals(1, t.undated().size());
        assertNull(Timeline.periodKey("someday"));
    }
}
