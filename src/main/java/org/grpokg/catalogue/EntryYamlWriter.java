package org.grpokg.catalogue;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.grpokg.catalogue.facets.Facet;
import org.grpokg.model.Entry;

/**
 * Writes imported entries as entry files ({@code entry:} and a {@code listing:} block, the format
 * of data/entries/README.md): as one multi-document YAML stream, or one file per entry into a
 * folder ({@code <arXiv id>.yaml} or {@code owner+name.yaml}), never overwriting a file there.
 */
public final class EntryYamlWriter implements Consumer<Entry>, Closeable {

    /** One entry file: one list's {@code listing:}, or several lists' {@code listings:}; then the lists as sources and their facts. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"entry", "listing", "listings", "sources", "algorithms", "baseModels", "modalities", "domains", "frameworks"})
    record EntryDocument(String entry, ListingYaml listing, List<ListingYaml> listings, List<SourceDoc> sources,
                         List<FactDoc> algorithms, List<FactDoc> baseModels, List<FactDoc> modalities, List<FactDoc> domains,
                         List<FactDoc> frameworks) {

        static EntryDocument of(ImportedEntry ie) {
            List<ListingYaml> listings = ie.listings().stream().map(ListingYaml::of).toList();
            return new EntryDocument(ie.entry().key().toString(), listings.size() == 1 ? listings.get(0) : null,
                    listings.size() > 1 ? listings : null,
                    ie.sources().stream().map(s -> new SourceDoc(s.id(), s.url(), s.file(), s.what())).toList(),
                    facts(ie, Facet.ALGORITHMS), facts(ie, Facet.BASE_MODELS), facts(ie, Facet.MODALITIES),
                    facts(ie, Facet.DOMAINS), facts(ie, Facet.FRAMEWORKS));
        }

        private static List<FactDoc> facts(ImportedEntry ie, Facet f) {
            return ie.facts().getOrDefault(f, List.of()).stream().map(x -> new FactDoc(x.value(), x.source(), x.note())).toList();
        }
    }

    /** A source under {@code sources:}: a list is named by its file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "url", "file", "what"})
    record SourceDoc(String id, String url, String file, String what) {
    }

    /** A fact: a concept id or Hugging Face id, its source id and a note (the list's line and cell). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "source", "note"})
    record FactDoc(String id, String source, String note) {
    }

    private final Writer out;
    private final String header;
    private final ObjectMapper mapper;
    private final Path folder;
    private final Consumer<String> notices;
    private SequenceWriter stream;
    private int written;
    private int kept;
    private Map<String, String> existing;

    private EntryYamlWriter(Writer out, String header, ObjectMapper mapper, Path folder, Consumer<String> notices) {
        this.out = out;
        this.header = header;
        this.mapper = mapper;
        this.folder = folder;
        this.notices = notices;
    }

    private static ObjectMapper mapper(boolean documentMarkers) {
        YAMLFactory f = YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .configure(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, documentMarkers)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        return new ObjectMapper(f);
    }

    /**
     * A multi-document stream on {@code out} (left open), opening with a comment line {@code header}
     * when the first entry comes (nothing is written when none does).
     */
    public static EntryYamlWriter stream(Writer out, String header) {
        return new EntryYamlWriter(out, header, mapper(true), null, null);
    }

    /** One file per entry in {@code folder}; an existing file is kept and said so to {@code notices}. */
    public static EntryYamlWriter folder(Path folder, Consumer<String> notices) {
        return new EntryYamlWriter(null, null, mapper(false), folder, notices);
    }

    @Override
    public void accept(Entry e) {
        write(ImportedEntry.of(e));
    }

    /** Writes one entry with its listings, sources and facts. */
    public void write(ImportedEntry ie) {
        Entry e = ie.entry();
        EntryDocument doc = EntryDocument.of(ie);
        try {
            if (out != null) {
                if (stream == null) {
                    out.write("# " + header.replace('\n', ' ') + "\n");
                    stream = mapper.writerFor(EntryDocument.class).writeValues(out);
                }
                stream.write(doc);
                written++;
                return;
            }
            Path file = folder.resolve(e.fileKey() + ".yaml");
            String existing = existingNames().get(file.getFileName().toString().toLowerCase(Locale.ROOT));
            if (existing != null) {
                // GitHub names are case-insensitive: Om-AI-Lab+VLM-R1.yaml would be a second file for om-ai-lab/VLM-R1
                kept++;
                notices.accept(folder.resolve(existing) + ": exists, not overwritten (entry " + e.key() + " from line "
                        + e.source().line() + ")");
                return;
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException ex) {
                throw new FileNotWritten(folder, ex);
            }
            boolean created = false;
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                created = true;
                mapper.writeValue(w, doc);
            } catch (FileAlreadyExistsException ex) {
                kept++;
                notices.accept(file + ": exists, not overwritten (entry " + e.key() + " from line " + e.source().line() + ")");
                return;
            } catch (IOException ex) {
                // a truncated file would be kept as 'exists, not overwritten' by the next run: remove it
                if (created) {
                    Files.deleteIfExists(file);
                }
                throw new FileNotWritten(file, ex);
            }
            written++;
            existingNames().put(file.getFileName().toString().toLowerCase(Locale.ROOT), file.getFileName().toString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * An entry file (or the folder) could not be written: disk full, device error. The partial
     * file is removed before this is thrown; the files written before it stay, each complete.
     */
    public static final class FileNotWritten extends UncheckedIOException {
        private final transient Path file;

        FileNotWritten(Path file, IOException cause) {
            super(cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** The files already in the folder, by lower-case name; read once. */
    private Map<String, String> existingNames() throws IOException {
        if (existing == null) {
            existing = new HashMap<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.forEach(f -> existing.put(f.getFileName().toString().toLowerCase(Locale.ROOT), f.getFileName().toString()));
                }
            }
        }
        return existing;
    }

    /** Entries written. */
    public int written() {
        return written;
    }

    /** Entries whose file already existed in the folder. */
    public int kept() {
        return kept;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
