package org.grpokg.server;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.grpokg.connect.EndpointException;
import org.grpokg.query.QueryLimitException;

/**
 * Graph Store Protocol reads ({@code /kg/get}) on a live front: the graph (or, without
 * {@code ?default} or {@code ?graph=}, every graph) is read from the store in one request per
 * graph pattern and held whole (at most the result limit of statements) before it is written: the
 * writers then read a copy in memory, not the store pattern by pattern, and a store that fails or
 * a graph over the limit is an error status with one line (502/503, 507), never a 200 with a cut
 * body (docs/decisions/0023-live-remote-front.md).
 */
final class LiveGraphRead extends GSP_R {

    @Override
    protected void doGet(HttpAction action) {
        try {
            action.beginRead();
            try {
                DatasetGraph dsg = action.getActiveDSG();
                if (isQuads(action)) {
                    Lang lang = lang(ActionLib.contentNegotationQuads(action));
                    DatasetGraph copy = DatasetGraphFactory.create();
                    dsg.find().forEachRemaining(copy::add);
                    ActionLib.datasetResponse(action, copy, lang);
                } else {
                    GraphTarget target = GraphTarget.determineTargetGSP(dsg, action);
                    if (!target.exists()) {
                        ServletOps.errorNotFound("No such graph: " + target.label());
                    }
                    Lang lang = lang(ActionLib.contentNegotationRDF(action));
                    Graph copy = GraphFactory.createDefaultGraph();
                    target.graph().find().forEachRemaining(copy::add);
                    ActionLib.graphResponse(action, copy, lang);
                }
            } finally {
                action.endRead();
            }
        } catch (EndpointException e) {
            ServletOps.error(LiveRequestFilter.status(e), e.getMessage());
        } catch (QueryLimitException e) {
            ServletOps.error(LimitedQueryService.status(e.kind()), e.getMessage());
        }
    }

    private static Lang lang(MediaType type) {
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null) {
            ServletOps.errorBadRequest("no RDF syntax for " + type.getContentTypeStr());
        }
        return lang;
    }

    @Override
    protected void doHead(HttpAction action) {
        try {
            super.doHead(action);
        } catch (EndpointException e) {
            ServletOps.error(LiveRequestFilter.status(e), e.getMessage());
        } catch (QueryLimitException e) {
            ServletOps.error(LimitedQueryService.status(e.kind()), e.getMessage());
        }
    }
}
