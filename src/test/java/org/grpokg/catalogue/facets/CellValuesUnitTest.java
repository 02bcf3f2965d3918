package org.grpokg.catalogue.facets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a list's table cell splits into values: separators, sizes in parentheses, remarks in parentheses. */
class CellValuesUnitTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        T,I                                                    | T ¦ I
        GRPO + DPO                                             | GRPO ¦ DPO
        REINFORCE++                                            | REINFORCE++
        Qwen2.5-VL-(3B,7B)                                     | Qwen2.5-VL-3B ¦ Qwen2.5-VL-7B
        Moderation (Prompt & Response Harmfulness Detection)   | Moderation (Prompt & Response Harmfulness Detection)
        GRPO(omit the KL divergence loss), DPO                 | GRPO(omit the KL divergence loss) ¦ DPO
        Detection (boxes, masks) and Grounding                 | Detection (boxes, masks) ¦ Grounding
        (T, I)                                                 | T ¦ I
        GRPO (                                                 | GRPO
        detection)                                             | detection
        not release                                            | ''
        """)
    void splitsOutsideParentheses(String cell, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.stream(expected.split(" ¦ ")).toList();
        assertEquals(want, CellValues.split(cell));
    }
}
