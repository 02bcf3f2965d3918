package org.grpokg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.grpokg.model.ArxivId;
import org.grpokg.model.EntryKey;
import org.grpokg.model.RepoRef;

/**
 * The one place IRIs of the graph's resources are minted. Keys are stable facts (arXiv id,
 * GitHub owner/name, Hugging Face id, controlled id), never list positions, so an IRI survives
 * reordering and retitling. See docs/decisions/0002-iris.md.
 */
public final class Iris {

    /** The project's namespace: every IRI it mints starts with it (what w3id.org redirects, docs/w3id/). */
    public static final String SITE = "https://w3id.org/grpo-kg/";
    /** Base of every resource IRI; the ontology's terms live under {@link GKG#NS}. */
    public static final String BASE = SITE + "id/";

    private Iris() {
    }

    /** The ontology, also the name of the graph that holds it. */
    public static String ontology() {
        return SITE + "ontology";
    }

    /** The graph of the SKOS taxonomies. */
    public static String taxonomies() {
        return SITE + "taxonomies";
    }

    /** The dataset description (VoID, DCAT) as a document, at the well-known address VoID gives it. */
    public static String datasetDescription() {
        return SITE + ".well-known/void";
    }

    public static String catalogue() {
        return BASE + "catalogue";
    }

    public static String section(int position) {
        return BASE + "catalogue/section/" + position;
    }

    /** The work an entry is: a paper by its arXiv id, else a project by its repository. */
    public static String entry(EntryKey key) {
        return key.arxivId() != null ? paper(key.arxivId()) : project(key.repo());
    }

    /** The catalogue record of an entry: what a list says of it (docs/decisions/0006). */
    public static String record(EntryKey key) {
        return BASE + "record/" + entry(key).substring((BASE + "entry/").length());
    }

    /**
     * Another awesome list, a {@code dcat:Catalog} of its own, named by its file (the name, not the
     * folder: the same list read from two places is one list): {@code kg:list/<slug of the file name>}.
     */
    public static String list(String file) {
        String name = java.nio.file.Path.of(file).getFileName().toString().replaceFirst("(?i)\\.(md|markdown)$", "");
        return BASE + "list/" + slug(name);
    }

    /** The record of an entry in another list: {@code kg:record/list/<slug>/arxiv/<id>} (docs/decisions/0012). */
    public static String listRecord(String file, EntryKey key) {
        return BASE + "record/" + list(file).substring(BASE.length()) + "/" + entry(key).substring((BASE + "entry/").length());
    }

    public static String paper(ArxivId id) {
        return BASE + "entry/arxiv/" + id.id();
    }

    public static String project(RepoRef repo) {
        return BASE + "entry/github/" + segment(repo.owner()) + "/" + segment(repo.name());
    }

    public static String repository(RepoRef repo) {
        return BASE + "repo/" + segment(repo.owner()) + "/" + segment(repo.name());
    }

    /** A controlled concept: {@code scheme} is algorithm, recipe, reward, domain, modality or framework. */
    public static String concept(String scheme, String id) {
        return BASE + scheme + "/" + segment(id);
    }

    public static String conceptScheme(String scheme) {
        return BASE + "scheme/" + segment(scheme);
    }

    /** A model on Hugging Face, by its id ({@code Qwen/Qwen2-VL-2B}). */
    public static String model(String huggingFaceId) {
        return BASE + "model/" + hfPath(huggingFaceId);
    }

    public static String dataset(String huggingFaceId) {
        return BASE + "dataset/" + hfPath(huggingFaceId);
    }

    public static String benchmark(String name) {
        return BASE + "benchmark/" + slug(name);
    }

    public static String person(String name) {
        return BASE + "person/" + slug(name);
    }

    public static String organization(String name) {
        return BASE + "org/" + slug(name);
    }

    public static String authorship(String entryIri, int position) {
        return entryIri + "/author/" + position;
    }

    /** A correction of what a record lists, one per field. */
    public static String correction(String recordIri, String field) {
        return recordIri + "/correction/" + slug(field);
    }

    private static String hfPath(String id) {
        String[] parts = id.split("/", 2);
        return parts.length == 2 ? segment(parts[0]) + "/" + segment(parts[1]) : segment(id);
    }

    /** A path segment keeping case (ids are case-sensitive) and percent-encoding anything unsafe. */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Lower-case ASCII words joined by '-': for names that have no id of their own. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? segment(name) : s;
    }
}
