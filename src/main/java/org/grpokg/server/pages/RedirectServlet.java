package org.grpokg.server.pages;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A permanent redirect (301) to one path: for addresses that moved. */
public final class RedirectServlet extends HttpServlet {

    private final String to;

    public RedirectServlet(String to) {
        this.to = to;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        resp.setHeader("Location", to);
    }
}
