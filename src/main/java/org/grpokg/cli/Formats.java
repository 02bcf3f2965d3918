package org.grpokg.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Case-insensitive option values naming an enum constant, with a usage error listing the choices. */
final class Formats {

    private Formats() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace("-", "");
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        if (v.equals("TTL")) {
            return parse(type, "turtle", option);
        }
        if (v.equals("NT")) {
            return parse(type, "ntriples", option);
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new UserException(ExitCodes.USAGE, "unknown " + option + " '" + value + "' (choose one of: " + choices + ")");
    }
}
