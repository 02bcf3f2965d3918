package org.grpokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Binds a query's parameters. A parameter is the variable of a {@code VALUES} block whose value is
 * its default ({@code VALUES ?model { "Qwen/Qwen2-VL-2B-Instruct" }}); binding replaces that value
 * in the parsed query (the syntax tree, never the text) with an RDF term of the same kind: an IRI
 * for an IRI, a literal of the same datatype or language for a literal. Whatever characters the
 * value holds, it stays one term: the query's shape cannot change.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * Replaces, in {@code query}, the value of each parameter's {@code VALUES} block.
     *
     * @param declared the parameters the query's header declares; any other name is refused
     * @throws QueryParameterException for an undeclared name, a parameter without a VALUES block,
     *         or a value that is not a valid term of the default's kind (an IRI, an xsd:integer ...)
     */
    public static Query bind(Query query, List<LibraryQuery.Param> declared, Map<String, String> values) {
        List<String> names = declared.stream().map(LibraryQuery.Param::name).toList();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!names.contains(e.getKey())) {
                throw new QueryParameterException("unknown parameter '" + e.getKey() + "' ("
                        + (names.isEmpty() ? "this query takes none" : "it takes: " + String.join(", ", names)) + ")");
            }
            if (replace(query, Var.alloc(e.getKey()), e.getValue()) == 0) {
                throw new QueryParameterException("parameter '" + e.getKey() + "' has no VALUES ?" + e.getKey() + " block in the query");
            }
        }
        return query;
    }

    /** The values of the {@code VALUES} blocks for {@code var} in the query, in the order they appear. */
    public static List<Node> values(Query query, Var var) {
        List<Node> out = new ArrayList<>();
        visitData(query, data -> data.getRows().stream().map(r -> r.get(var)).filter(n -> n != null).forEach(out::add));
        return out;
    }

    private static int replace(Query query, Var var, String value) {
        int[] replaced = {0};
        visitData(query, data -> {
            if (!data.getVars().contains(var)) {
                return;
            }
            List<Binding> rows = data.getRows();
            for (int i = 0; i < rows.size(); i++) {
                Binding row = rows.get(i);
                BindingBuilder b = Binding.builder();
                for (Var v : data.getVars()) {
                    Node n = row.get(v);
                    Node now = v.equals(var) ? term(n, var, value) : n;
                    if (now != null) {
                        b.add(v, now);
                    }
                }
                rows.set(i, b.build());
                replaced[0]++;
            }
        });
        return replaced[0];
    }

    private static void visitData(Query query, java.util.function.Consumer<ElementData> action) {
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementData el) {
                    action.accept(el);
                }

                @Override
                public void visit(ElementSubQuery el) {
                    visitData(el.getQuery(), action);
                }
            });
        }
        if (query.hasValues()) {
            ElementData trailing = new ElementData(query.getValuesVariables(), new ArrayList<>(query.getValuesData()));
            action.accept(trailing);
            query.setValuesDataBlock(trailing.getVars(), trailing.getRows());
        }
    }

    /** The term for {@code value} of the kind {@code like} is: IRI, language-tagged or typed literal (a plain string when unbound). */
    static Node term(Node like, Var var, String value) {
        if (like != null && like.isURI()) {
            try {
                IRIx iri = IRIx.create(value);
                if (!iri.isReference()) {
                    throw new QueryParameterException("parameter '" + var.getVarName() + "' needs an absolute IRI, not '" + oneLine(value) + "'");
                }
                return NodeFactory.createURI(iri.str());
            } catch (IRIException e) {
                throw new QueryParameterException("parameter '" + var.getVarName() + "' needs an IRI, not '" + oneLine(value) + "'");
            }
        }
        if (like == null || !like.isLiteral()) {
            return NodeFactory.createLiteralString(value);
        }
        String lang = like.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return NodeFactory.createLiteralLang(value, lang);
        }
        RDFDatatype dt = like.getLiteralDatatype();
        if (dt == null || dt.equals(XSDDatatype.XSDstring)) {
            return NodeFactory.createLiteralString(value);
        }
        if (!dt.isValid(value)) {
            throw new QueryParameterException("parameter '" + var.getVarName() + "' needs a " + dt.getURI().replaceFirst(".*#", "xsd:")
                    + " value, not '" + oneLine(value) + "'");
        }
        return NodeFactory.createLiteralDT(value, dt);
    }

    private static String oneLine(String s) {
        return s.lines().collect(Collectors.joining("\\n"));
    }
}
