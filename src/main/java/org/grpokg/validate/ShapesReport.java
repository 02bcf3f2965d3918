package org.grpokg.validate;

import java.util.List;

/** The outcome of checking the graph against the shapes: conforming, or a list of readable problems. */
public record ShapesReport(List<String> problems) {

    public ShapesReport {
        problems = List.copyOf(problems);
    }

    public boolean conforms() {
        return problems.isEmpty();
    }

    /** One problem a line, then a count. */
    public String text() {
        if (conforms()) {
            return "conforms: no violations";
        }
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p).append('\n'));
        sb.append(problems.size()).append(problems.size() == 1 ? " violation" : " violations");
        return sb.toString();
    }
}
