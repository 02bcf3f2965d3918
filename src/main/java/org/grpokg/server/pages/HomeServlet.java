package org.grpokg.server.pages;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The front page at {@code /}. */
public final class HomeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Catalogue");
        // old bookmarks of the Fuseki UI (/#/dataset/kg/query) move to /ui/
        model.put("headScripts", java.util.List.of("/static/old-ui-links.js"));
        PageRenderer.get().send(resp, HttpServletResponse.SC_OK, "home", model);
    }
}
