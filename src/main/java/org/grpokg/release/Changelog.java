package org.grpokg.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Iris;
import org.grpokg.rdf.Vocab;

/**
 * What changed between two releases' data, for people: entries added and removed, and for each
 * entry in both, the facts added and removed. A fact belongs to an entry when its subject is the
 * entry, a resource minted under it (authorships) or its catalogue record (and the record's
 * corrections); other changed resources (models, repositories, people, sources) are listed apart.
 */
final class Changelog {

    private static final String ENTRY = Iris.BASE + "entry/";
    private static final String RECORD = Iris.BASE + "record/";

    private Changelog() {
    }

    static String between(Previous previous, Model now, ReleaseInfo info) {
        Model before = previous.data();
        Set<String> entriesBefore = entries(before);
        Set<String> entriesNow = entries(now);
        Map<String, Set<String>> added = byOwner(now, before);
        Map<String, Set<String>> removed = byOwner(before, now);

        StringBuilder md = new StringBuilder();
        md.append("# Changes in grpo-kg ").append(info.version()).append(" (").append(info.date()).append(")\n\n");
        md.append("Since ").append(previous.name()).append(": ");
        List<String> addedEntries = entriesNow.stream().filter(e -> !entriesBefore.contains(e)).sorted().toList();
        List<String> removedEntries = entriesBefore.stream().filter(e -> !entriesNow.contains(e)).sorted().toList();
        Set<String> changed = new TreeSet<>();
        for (String owner : union(added.keySet(), removed.keySet())) {
            if (entriesBefore.contains(owner) && entriesNow.contains(owner)) {
                changed.add(owner);
            }
        }
        long factsAdded = added.values().stream().mapToLong(Set::size).sum();
        long factsRemoved = removed.values().stream().mapToLong(Set::size).sum();
        md.append(addedEntries.size()).append(" entries added, ").append(removedEntries.size()).append(" removed, ")
                .append(changed.size()).append(" changed; ").append(factsAdded).append(" statements added, ")
                .append(factsRemoved).append(" removed.\n");
        section(md, "Entries added", addedEntries, now);
        section(md, "Entries removed", removedEntries, before);
        if (!changed.isEmpty()) {
            md.append("\n## Entries changed\n");
            for (String e : changed) {
                md.append("\n### ").append(label(e, now, before)).append(" (").append(Vocab.shortForm(e)).append(")\n");
                added.getOrDefault(e, Set.of()).forEach(f -> md.append("- added: ").append(f).append('\n'));
                removed.getOrDefault(e, Set.of()).forEach(f -> md.append("- removed: ").append(f).append('\n'));
            }
        }
        Set<String> others = new TreeSet<>();
        for (String owner : union(added.keySet(), removed.keySet())) {
            if (!entriesBefore.contains(owner) && !entriesNow.contains(owner)) {
                others.add(owner);
            }
        }
        if (!others.isEmpty()) {
            md.append("\n## Other resources changed\n");
            for (String o : others) {
                md.append("\n### ").append(Vocab.shortForm(o)).append('\n');
                added.getOrDefault(o, Set.of()).forEach(f -> md.append("- added: ").append(f).append('\n'));
                removed.getOrDefault(o, Set.of()).forEach(f -> md.append("- removed: ").append(f).append('\n'));
            }
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String heading, List<String> entries, Model where) {
        if (entries.isEmpty()) {
            return;
        }
        md.append("\n## ").append(heading).append("\n\n");
        entries.forEach(e -> md.append("- ").append(label(e, where, where)).append(" (").append(Vocab.shortForm(e)).append(")\n"));
    }

    private static Set<String> entries(Model m) {
        Set<String> out = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type, GKG.Entry).forEachRemaining(r -> {
            if (r.isURIResource()) {
                out.add(r.getURI());
            }
        });
        return out;
    }

    /** The statements of {@code m} that {@code other} lacks, as text, grouped by the entry or resource they belong to. */
    private static Map<String, Set<String>> byOwner(Model m, Model other) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Statement s : m.listStatements().toList()) {
            if (!other.contains(s) && s.getSubject().isURIResource()) {
                out.computeIfAbsent(owner(s.getSubject().getURI()), k -> new TreeSet<>()).add(fact(s));
            }
        }
        return out;
    }

    /** The entry a resource belongs to: itself, the entry it is minted under, or the entry of its record. */
    static String owner(String iri) {
        String s = iri.startsWith(RECORD) ? ENTRY + iri.substring(RECORD.length()) : iri;
        if (s.startsWith(ENTRY)) {
            String rest = s.substring(ENTRY.length());
            String[] parts = rest.split("/");
            // entry/arxiv/<id>/... or entry/github/<owner>/<name>/...
            int keep = parts.length > 0 && parts[0].equals("github") ? 3 : 2;
            if (parts.length >= keep) {
                return ENTRY + String.join("/", java.util.Arrays.copyOf(parts, keep));
            }
        }
        return iri;
    }

    private static String fact(Statement s) {
        String subject = s.getSubject().getURI();
        String prefix = owner(subject).equals(subject) ? "" : Vocab.shortForm(subject) + " ";
        return prefix + "`" + Vocab.shortForm(s.getPredicate().getURI()) + "` " + value(s.getObject());
    }

    private static String value(RDFNode o) {
        if (o.isLiteral()) {
            return "\"" + o.asLiteral().getLexicalForm().replace("\n", " ") + "\"";
        }
        return o.isURIResource() ? Vocab.shortForm(o.asResource().getURI()) : "(blank node)";
    }

    private static String label(String iri, Model first, Model second) {
        for (Model m : List.of(first, second)) {
            Resource r = m.getResource(iri);
            Statement t = r.getProperty(DCTerms.title);
            if (t != null) {
                return t.getString();
            }
        }
        return iri;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
