package org.grpokg.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.grpokg.rdf.OntologyFiles;
import org.grpokg.rdf.Vocab;

/** Checks a graph against {@code ontology/grpo-kg-shapes.ttl}. */
public final class ShapesValidator {

    private final Shapes shapes;

    public ShapesValidator() {
        this(OntologyFiles.shapes());
    }

    public ShapesValidator(Model shapesModel) {
        this.shapes = Shapes.parse(shapesModel.getGraph());
    }

    public ShapesReport validate(Graph data) {
        return new ShapesReport(problems(data, n -> true));
    }

    /** The problems of {@code data} whose focus node passes {@code focus}, sorted. */
    List<String> problems(Graph data, java.util.function.Predicate<Node> focus) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (!focus.test(e.focusNode())) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            sb.append(shortForm(e.focusNode()));
            if (e.resultPath() != null) {
                sb.append(' ').append(Vocab.shortForm(e.resultPath().toString().replaceAll("^<|>$", "")));
            }
            if (e.value() != null) {
                sb.append(" = ").append(shortForm(e.value()));
            }
            sb.append(": ").append(e.message());
            problems.add(sb.toString());
        }
        problems.sort(null);
        return problems;
    }

    private static String shortForm(Node n) {
        if (n.isURI()) {
            return Vocab.shortForm(n.getURI());
        }
        if (n.isLiteral()) {
            return '"' + n.getLiteralLexicalForm() + '"';
        }
        return n.toString();
    }
}
