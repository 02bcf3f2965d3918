package org.grpokg.server.pages;

import org.grpokg.server.PageRenderer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;

/**
 * The front page at {@code /}: the catalogue as a table, filtered on the server by query
 * parameters ({@code ?kind=paper&algorithm=grpo&baseModel=Qwen/Qwen2-VL-2B&domain=math&modality=image},
 * {@code &page=2}), so it works without JavaScript; the search box, the query library and the
 * links to the exports and the dataset description.
 */
public final class HomeServlet extends HttpServlet {

    private final Site site;

    public HomeServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Triple> filters = new ArrayList<>();
        List<Map<String, Object>> facetModels = new ArrayList<>();
        List<String> activeParams = new ArrayList<>();
        boolean unknownValue = false;
        for (Facets.Facet f : site.facets().all()) {
            String chosen = Optional.ofNullable(req.getParameter(f.param())).map(String::strip).orElse("");
            List<Map<String, Object>> options = new ArrayList<>();
            for (Facets.Option o : f.options()) {
                options.add(Map.of("optionKey", o.key(), "optionLabel", o.entries() < 0 ? o.label() : o.label() + " (" + o.entries() + ")",
                        "selected", o.key().equals(chosen)));
            }
            if (!chosen.isEmpty()) {
                Optional<Facets.Option> option = f.option(chosen);
                if (option.isPresent()) {
                    filters.add(Triple.create(Var.alloc("entry"), f.property(), option.get().value()));
                    activeParams.add(f.param() + "=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8));
                } else {
                    unknownValue = true;
                }
            }
            facetModels.add(Map.of("param", f.param(), "heading", f.heading(), "options", options));
        }
        int page = parsePage(req.getParameter("page"));
        CatalogueTable.Page rows = unknownValue ? new CatalogueTable.Page(List.of(), 0)
                : new CatalogueTable(site.dsg(), site.catalogueOrder()).page(filters, page);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Catalogue");
        // old bookmarks of the Fuseki UI (/#/dataset/kg/query) move to /ui/
        model.put("headScripts", List.of("/static/old-ui-links.js"));
        model.put("facets", facetModels);
        model.put("rows", rows.rows());
        model.put("hasRows", !rows.rows().isEmpty());
        model.put("total", rows.total());
        model.put("filtered", !filters.isEmpty() || unknownValue);
        String base = "/?" + String.join("&", activeParams) + (activeParams.isEmpty() ? "" : "&") + "page=";
        if (page > 1) {
            model.put("previousHref", base + (page - 1));
        }
        if ((long) page * CatalogueTable.PAGE_SIZE < rows.total()) {
            model.put("nextHref", base + (page + 1));
        }
        model.put("page", page);
        model.put("queries", QueriesServlet.model(site.queries()));
        model.put("triples", site.description().triples());
        PageRenderer.get().send(resp, HttpServletResponse.SC_OK, "home", model);
    }

    static int parsePage(String p) {
        try {
            return p == null ? 1 : Math.max(1, Math.min(1_000_000, Integer.parseInt(p.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
