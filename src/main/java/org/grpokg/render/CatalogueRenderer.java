package org.grpokg.render;

import org.grpokg.model.Catalogue;

/**
 * Writes the catalogue as Markdown from the graph (not from data/catalogue.md): read with SPARQL
 * ({@code render/*.rq}) from a local dataset or a running server, written in catalogue.md's layout.
 * The public entry of the render stage.
 */
public final class CatalogueRenderer {

    private CatalogueRenderer() {
    }

    /**
     * The catalogue the graph holds, as Markdown.
     *
     * @throws RenderException when the graph holds no catalogue
     */
    public static String render(SparqlSource graph) {
        return CatalogueMarkdown.write(read(graph));
    }

    /** The catalogue the graph holds, as the model (entries' positions name the graph, line 0). */
    public static Catalogue read(SparqlSource graph) {
        return new GraphCatalogueReader(graph).read();
    }
}
