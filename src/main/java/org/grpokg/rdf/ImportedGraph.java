package org.grpokg.rdf;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Entry;
import org.grpokg.model.ImportedEntry;

/**
 * Imported entries as RDF, mapped as the build maps them (plain gkg:Entry in a section
 * {@value ImportedEntry#SECTION}), in a catalogue of their own titled after the list. A preview of
 * what the entries add, not a graph to merge with the project's: YAML is the way into the build.
 */
public final class ImportedGraph {

    private ImportedGraph() {
    }

    public static Dataset of(String title, List<ImportedEntry> entries) {
        List<Entry> listed = entries.stream().map(e -> e.toEntry(ImportedEntry.SECTION, e.source())).toList();
        return GraphMapper.map(CatalogueData.of(new Catalogue(title, "", List.of(ImportedEntry.section(listed)))));
    }
}
