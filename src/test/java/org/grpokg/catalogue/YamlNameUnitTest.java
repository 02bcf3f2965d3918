package org.grpokg.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The YAML-name test without a regular expression (decision 0026) says what the pattern it replaced said, name by name. */
class YamlNameUnitTest {

    private static final Pattern BEFORE = Pattern.compile("[^.].*\\.ya?ml");

    @Test
    void theSameAnswerAsThePattern() {
        List<String> names = List.of("a.yaml", "a.yml", "2601.01895.yaml", "x.YAML", ".hidden.yaml", ".yaml", ".yml", "yaml", "a.yaml~",
                "a.yaml.bak", "a.ymlx", "ayaml", "a.yamll", "-.yml", "\n.yaml", "a\nb.yaml", "a\rb.yml", "a\u2028.yaml", "ab\u0085.yml",
                "a b.yaml", "é.yaml", "..yaml", "a..yaml", "a.yaml.yaml", "a.y.ml", "", ".", "a.", "x.yml\n", "\u2029a.yml");
        for (String n : names) {
            assertEquals(BEFORE.matcher(n).matches(), DataReader.isYamlName(n), "name '" + n.replace("\n", "\\n") + "'");
        }
    }
}
