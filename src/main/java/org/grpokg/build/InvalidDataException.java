package org.grpokg.build;

import org.grpokg.validate.ShapesReport;

/** The data maps to a graph that does not conform to the shapes; nothing was written. */
public class InvalidDataException extends RuntimeException {

    private final transient ShapesReport report;

    public InvalidDataException(ShapesReport report) {
        super(report.problems().size() + " SHACL violation(s)");
        this.report = report;
    }

    public ShapesReport report() {
        return report;
    }
}
