package org.grpokg.rdf;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Entry;
import org.grpokg.model.Section;

/**
 * Imported entries as RDF, mapped as the build maps them (plain gkg:Entry in a section
 * {@value Section#IMPORTED}), in a catalogue of their own titled after the list. A preview of
 * what the entries add, not a graph to merge with the project's: YAML is the way into the build.
 */
public final class ImportedGraph {

    private ImportedGraph() {
    }

    public static Dataset of(String title, List<Entry> entries) {
        return GraphMapper.map(CatalogueData.of(new Catalogue(title, "", List.of(Section.imported(entries)))));
    }
}
