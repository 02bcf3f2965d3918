package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.grpokg.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateStylesUnitTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Mar 4, 2025; 2025-03-04",
        "Mar 18, 2025; 2025-03-18",
        "March 4 2025; 2025-03-04",
        "4 March 2025; 2025-03-04",
        "Sept 30, 2024; 2024-09-30",
        "March 2025; 2025-03",
        "Mar. 2025; 2025-03",
        "2025-03-04; 2025-03-04",
        "2025.03.22; 2025-03-22",
        "2025/03/05; 2025-03-05",
        "2025-03; 2025-03",
        "2025.3; 2025-03",
        "25.03; 2025-03",
        "25.04.10; 2025-04-10",
        "2503; 2025-03",
        "[2411]; 2024-11",
        "2024; 2024",
        "25.03 (CVPR2025); 2025-03",
    })
    void readsTheStylesListsUse(String text, String iso) {
        assertEquals(Optional.of(iso), DateStyles.find(text).map(PartialDate::toString));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "Mar", "v1.5", "13.45", "2025-13", "Feb 30, 2025", "CVPR"})
    void readsNoDateWhereThereIsNone(String text) {
        assertEquals(Optional.empty(), DateStyles.find(text));
    }

    @Test
    void aMonthAloneIsABareMonth() {
        assertTrue(DateStyles.isBareMonth("Mar"));
        assertTrue(DateStyles.isBareMonth("[March]"));
        assertFalse(DateStyles.isBareMonth("Mar 2025"));
    }

    @Test
    void dashesAndBlanksSayThereIsNoDate() {
        assertTrue(DateStyles.isEmpty("-"));
        assertTrue(DateStyles.isEmpty(" "));
        assertTrue(DateStyles.isEmpty("N/A"));
        assertFalse(DateStyles.isEmpty("2025"));
    }

    @Test
    void aDateOnlyTokenHasNothingButTheDate() {
        assertTrue(DateStyles.isDateOnly("2503"));
        assertTrue(DateStyles.isDateOnly("Mar 4, 2025"));
        assertFalse(DateStyles.isDateOnly("CVPR 2025"));
        assertFalse(DateStyles.isDateOnly("Qwen2.5-VL"));
    }
}
