package org.grpokg.server.lineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;

/** {@code /lineage.json}: the lineage graph as {@code {"nodes": [...], "links": [...]}} (see {@link LineageGraph#toJson()}). */
final class LineageJsonServlet extends HttpServlet {

    private final transient DatasetGraph dsg;

    LineageJsonServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = LineageGraph.read(dsg).toJson().toString().getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
