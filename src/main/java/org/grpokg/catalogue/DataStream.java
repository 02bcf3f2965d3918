package org.grpokg.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.grpokg.model.ArxivId;
import org.grpokg.model.BaseModel;
import org.grpokg.model.CatalogueSource;
import org.grpokg.model.Correction;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.EntryKey;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Listing;
import org.grpokg.model.RepoRef;
import org.grpokg.model.Section;
import org.grpokg.model.SourcePosition;

/**
 * Reads a data folder as a stream: the same folder, checks and messages as {@link DataReader#read},
 * but entries are handed out one at a time, each entry file read when its turn comes, so that
 * memory grows by a few dozen bytes per entry, not by its records.
 * <p>
 * {@link #open} makes a first pass: it reads {@code catalogue.md} piece by piece
 * ({@link CatalogueStream}), keeping each entry's key, repository, line and section in compact
 * tables ({@link CompactStrings}); reads the model files; then reads every entry file in file-name
 * order with every check of {@link DataReader#read}, in the same order, keeping only which file
 * belongs to which entry and the few facts other entries need (repository corrections, the
 * repository a listing block adds). Any problem is reported there, before anything is mapped.
 * {@link CatalogueSource#forEachEntry} then reads the catalogue and the entry files again, entry by
 * entry, in the order {@link DataReader#read} gives them (docs/decisions/0019-streaming-reader.md).
 */
public final class DataStream implements CatalogueSource {

    private static final int FROM_CATALOGUE = 1;
    private static final int REPO_KEY = 2;
    private static final int IMPORTED_KIND = 4;

    private final Path dataDir;
    private final DataReader checks;
    private final int pieceLines;
    private String title;
    private String introduction;
    /** The catalogue's sections as written (entries not kept). */
    private final List<Section> written = new ArrayList<>();
    private List<Section> sections;
    /** Section index in {@link #sections} of each written section. */
    private int[] finalSection;
    private int importedSection = -1;
    private boolean catalogueHasImported;

    // one row per entry: catalogue rows first (in order), then entries only entry files list (in file order)
    private final CompactStrings keys = new CompactStrings();
    private final CompactStrings repos = new CompactStrings();
    private final CompactStrings.Index byKey = new CompactStrings.Index(keys, this::canonicalKey);
    private byte[] flags = new byte[1 << 10];
    private int[] lines = new int[1 << 10];
    private int[] fileOf = new int[1 << 10];
    private int catalogueRows;
    /** Repository corrections (entry row to the repository), and repositories listing blocks add to catalogue rows. */
    private final Map<Integer, RepoRef> repoFixes = new HashMap<>();
    private final Map<Integer, RepoRef> repoOverrides = new HashMap<>();

    private SortedNames files;
    /**
     * Entry files the first pass read, kept for the second while they fit a small share of the heap
     * (one per 64 KB of maximum heap: 8,192 in 512 MB), so that a catalogue that fits is not parsed twice.
     */
    private final Map<Integer, EntryFactsReader.EntryFile> kept = new HashMap<>();
    private final long keepAtMost;
    private List<BaseModel> models;

    // first spellings and the first entry of each repository (folded owner/name)
    private final CompactStrings repoNames = new CompactStrings();
    private final CompactStrings.Index byRepo = new CompactStrings.Index(repoNames,
            i -> repoNames.get(i).toLowerCase(Locale.ROOT));
    private int[] repoEntry = new int[1 << 8];
    private int[] repoSpelling = new int[1 << 8];
    private final CompactStrings spellings = new CompactStrings();

    private DataStream(Path dataDir, Map<String, Set<String>> concepts, int pieceLines, long keepAtMost) {
        this.keepAtMost = keepAtMost;
        this.dataDir = dataDir;
        this.checks = new DataReader(concepts);
        this.pieceLines = pieceLines;
    }

    /**
     * Checks a data folder as {@link DataReader#read} does (the first problem is thrown as a
     * {@link CatalogueException}) and returns it as a source of entries.
     *
     * @param concepts scheme to concept ids the entry files may name; null: not checked
     */
    public static DataStream open(Path dataDir, Map<String, Set<String>> concepts) {
        return open(dataDir, concepts, CatalogueStream.PIECE_LINES, Runtime.getRuntime().maxMemory() / (64 * 1024));
    }

    /** As {@link #open(Path, Map)}: pieces of catalogue.md of about {@code pieceLines}, at most {@code keep} entry files kept between passes. */
    static DataStream open(Path dataDir, Map<String, Set<String>> concepts, int pieceLines, long keep) {
        DataStream d = new DataStream(dataDir, concepts, pieceLines, keep);
        d.firstPass();
        return d;
    }

    private void firstPass() {
        DataReader.checkLayout(dataDir);
        readCatalogue();
        readModels();
        listEntryFiles();
        EntryFactsReader reader = new EntryFactsReader();
        Set<String> modelIds = new HashSet<>();
        models.forEach(m -> modelIds.add(m.id()));
        for (int f = 0; f < files.size(); f++) {
            checkEntryFile(reader, f, modelIds);
        }
        arrangeSections();
        indexRepositories();
    }

    private void readCatalogue() {
        CatalogueReader.Listener listener = new CatalogueReader.Listener() {
            @Override
            public void entry(int section, Entry entry) {
                // the row was added by the key set below; a repeated key is reported when its block ends
            }

            @Override
            public void section(int section, String heading, Section.Layout layout, int count) {
                written.add(new Section(heading, CatalogueReader.kindOf(heading), layout, List.of()));
            }
        };
        CatalogueReader.Seen seen = e -> {
            int before = byKey.find(canonical(e.key()));
            if (before >= 0) {
                return lines[before];
            }
            int row = addRow(e, FROM_CATALOGUE | (e.kind() == EntryKind.IMPORTED ? IMPORTED_KIND : 0));
            lines[row] = e.source().line();
            return -1;
        };
        Path file = dataDir.resolve(DataReader.CATALOGUE);
        CatalogueReader.Blocks[] blocks = {null};
        CatalogueStream.read(file, listener, seen, pieceLines, b -> blocks[0] = b);
        title = blocks[0].title;
        introduction = blocks[0].intro.toString();
        catalogueRows = keys.size();
    }

    private int addRow(Entry e, int flag) {
        int row = keys.add(e.key().toString());
        repos.add(e.repo() == null ? "" : e.repo().slug());
        if (row == flags.length) {
            flags = java.util.Arrays.copyOf(flags, row * 2);
            lines = java.util.Arrays.copyOf(lines, row * 2);
            fileOf = java.util.Arrays.copyOf(fileOf, row * 2);
        }
        flags[row] = (byte) (flag | (e.key().repo() != null ? REPO_KEY : 0));
        fileOf[row] = -1;
        byKey.put(canonical(e.key()), row);
        return row;
    }

    private String canonicalKey(int row) {
        String k = keys.get(row);
        return (flags[row] & REPO_KEY) != 0 ? "r" + k.toLowerCase(Locale.ROOT) : "a" + k;
    }

    private static String canonical(EntryKey key) {
        return key.repo() != null ? "r" + key.repo().slug().toLowerCase(Locale.ROOT) : "a" + key.arxivId().id();
    }

    private EntryKey key(int row) {
        String k = keys.get(row);
        return (flags[row] & REPO_KEY) != 0 ? new EntryKey(null, RepoRef.parse(k).orElseThrow())
                : new EntryKey(new ArxivId(k), null);
    }

    private void readModels() {
        EntryFactsReader reader = new EntryFactsReader();
        List<BaseModel> list = new ArrayList<>();
        Set<String> modelIds = new HashSet<>();
        for (Path file : DataReader.yamlFiles(dataDir.resolve(DataReader.MODELS))) {
            BaseModel m = reader.readModel(file);
            if (!modelIds.add(m.id())) {
                throw new CatalogueException(new SourcePosition(file.toString(), 1), "a second file for model '" + m.id() + "'");
            }
            list.add(m);
        }
        models = List.copyOf(list);
    }

    /** The entry files' names, sorted as {@link DataReader#yamlFiles} sorts them, kept compact. */
    private void listEntryFiles() {
        files = SortedNames.of(dataDir.resolve(DataReader.ENTRIES));
    }

    private Path entryFile(int f) {
        return files.path(f);
    }

    /** The checks of {@link DataReader#read} for one entry file, in its order. */
    private void checkEntryFile(EntryFactsReader reader, int f, Set<String> modelIds) {
        Path file = entryFile(f);
        EntryFactsReader.EntryFile ef = reader.readEntryFile(file);
        EntryFacts facts = ef.facts();
        EntryKey key = DataReader.checkName(file, facts);
        int found = byKey.find(canonical(key));
        int listed = found >= 0 && (flags[found] & FROM_CATALOGUE) != 0 ? found : -1;
        if (listed < 0 && ef.listing() == null) {
            throw new CatalogueException(new SourcePosition(file.toString(), 1),
                    "entry '" + facts.entry() + "' is not in " + DataReader.CATALOGUE + " and has no 'listing:' block");
        }
        List<Entry> fromLists = DataReader.listingEntries(ef, facts.entry(), file, null);
        boolean underImported = listed >= 0 && (flags[listed] & IMPORTED_KIND) != 0;
        int row;
        if (listed >= 0) {
            row = listed;
            if (underImported && !fromLists.isEmpty()) {
                Entry merged = ListingYaml.merged(fromLists);
                repoOverrides.put(row, merged.repo());
            }
        } else if (found >= 0) {
            row = found; // a second file of an entry only entry files list: reported below
        } else {
            row = addRow(ListingYaml.merged(fromLists), 0);
        }
        if (fileOf[row] >= 0) {
            throw new CatalogueException(new SourcePosition(file.toString(), 1),
                    "a second file for entry '" + facts.entry() + "'");
        }
        fileOf[row] = f;
        checks.checkReferences(file, key, facts, modelIds);
        if (kept.size() < keepAtMost) {
            kept.put(f, ef);
        }
        facts.corrections().stream().filter(c -> c.field().equals(Correction.REPOSITORY)).findFirst()
                .flatMap(c -> RepoRef.containing(c.actual())).ifPresent(r -> repoFixes.put(row, r));
    }

    /** As {@link DataReader#read}: the section Imported, if any, last and whole. */
    private void arrangeSections() {
        List<Section> own = new ArrayList<>();
        finalSection = new int[written.size()];
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).kind() != EntryKind.IMPORTED) {
                finalSection[i] = own.size();
                own.add(written.get(i));
            } else {
                catalogueHasImported = true;
            }
        }
        if (catalogueHasImported || keys.size() > catalogueRows) {
            importedSection = own.size();
            for (int i = 0; i < written.size(); i++) {
                if (written.get(i).kind() == EntryKind.IMPORTED) {
                    finalSection[i] = importedSection;
                }
            }
            own.add(Section.imported(List.of()));
        }
        sections = List.copyOf(own);
    }

    /** The repository of an entry row as the built catalogue has it (a listing block may add one). */
    private RepoRef repo(int row) {
        RepoRef over = repoOverrides.get(row);
        if (over != null || repoOverrides.containsKey(row)) {
            return over;
        }
        String r = repos.get(row);
        return r.isEmpty() ? null : RepoRef.parse(r).orElseThrow();
    }

    /** First entries and first spellings of repositories, in the order of the built catalogue. */
    private void indexRepositories() {
        // own sections, then the section Imported: its catalogue rows, then entries only entry files list
        for (int row = 0; row < catalogueRows; row++) {
            if ((flags[row] & IMPORTED_KIND) == 0) {
                indexRepository(row);
            }
        }
        for (int row = 0; row < catalogueRows; row++) {
            if ((flags[row] & IMPORTED_KIND) != 0) {
                indexRepository(row);
            }
        }
        for (int row = catalogueRows; row < keys.size(); row++) {
            indexRepository(row);
        }
    }

    private void indexRepository(int row) {
        RepoRef r = repo(row);
        RepoRef fix = repoFixes.get(row);
        RepoRef contributes = fix != null ? fix : r;
        if (contributes != null) {
            int slot = repoSlot(contributes);
            if (repoSpelling[slot] < 0) {
                repoSpelling[slot] = spellings.add(contributes.slug());
            }
        }
        if (r != null) {
            int slot = repoSlot(r);
            if (repoEntry[slot] < 0) {
                repoEntry[slot] = row;
            }
        }
    }

    private int repoSlot(RepoRef r) {
        String folded = r.slug().toLowerCase(Locale.ROOT);
        int slot = byRepo.find(folded);
        if (slot < 0) {
            slot = repoNames.add(r.slug());
            byRepo.put(folded, slot);
            if (slot == repoEntry.length) {
                repoEntry = java.util.Arrays.copyOf(repoEntry, slot * 2);
                repoSpelling = java.util.Arrays.copyOf(repoSpelling, slot * 2);
            }
            repoEntry[slot] = -1;
            repoSpelling[slot] = -1;
        }
        return slot;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String introduction() {
        return introduction;
    }

    @Override
    public List<Section> sections() {
        return sections;
    }

    @Override
    public long entryCount() {
        return keys.size();
    }

    @Override
    public List<BaseModel> models() {
        return models;
    }

    @Override
    public Iterable<EntryKey> entryKeys() {
        return () -> new Iterator<>() {
            private int row;

            @Override
            public boolean hasNext() {
                return row < keys.size();
            }

            @Override
            public EntryKey next() {
                return key(row++);
            }
        };
    }

    @Override
    public Optional<EntryKey> entryWithRepo(RepoRef repo) {
        int slot = byRepo.find(repo.slug().toLowerCase(Locale.ROOT));
        return slot < 0 || repoEntry[slot] < 0 ? Optional.empty() : Optional.of(key(repoEntry[slot]));
    }

    @Override
    public Optional<RepoRef> spelling(RepoRef repo) {
        int slot = byRepo.find(repo.slug().toLowerCase(Locale.ROOT));
        return slot < 0 || repoSpelling[slot] < 0 ? Optional.empty()
                : RepoRef.parse(spellings.get(repoSpelling[slot]));
    }

    @Override
    public void forEachEntry(Consumer<ListedEntry> each) {
        EntryFactsReader reader = new EntryFactsReader();
        Path file = dataDir.resolve(DataReader.CATALOGUE);
        CatalogueReader.Seen none = e -> -1;
        // catalogue rows of its own sections, in order; then its rows under Imported; then entries only entry files list
        int[] row = {0};
        CatalogueStream.read(file, listener((section, e) -> {
            int r = row[0]++;
            if (written.get(section).kind() != EntryKind.IMPORTED) {
                each.accept(listed(reader, r, finalSection[section], e, false));
            }
        }), none, pieceLines, b -> { });
        if (catalogueHasImported) {
            int[] again = {0};
            CatalogueStream.read(file, listener((section, e) -> {
                int r = again[0]++;
                if (written.get(section).kind() == EntryKind.IMPORTED) {
                    each.accept(listed(reader, r, importedSection, e, true));
                }
            }), none, pieceLines, b -> { });
        }
        for (int r = catalogueRows; r < keys.size(); r++) {
            each.accept(listed(reader, r, importedSection, null, true));
        }
    }

    /** What to do with each catalogue row: its section and entry. */
    private interface RowEntry {
        void accept(int section, Entry e);
    }

    private static CatalogueReader.Listener listener(RowEntry onEntry) {
        return new CatalogueReader.Listener() {
            @Override
            public void entry(int section, Entry entry) {
                onEntry.accept(section, entry);
            }

            @Override
            public void section(int section, String heading, Section.Layout layout, int entries) {
                // the sections were read by the first pass
            }
        };
    }

    /** The entry of row {@code r} with its facts and listings, read from its entry file now. */
    private ListedEntry listed(EntryFactsReader reader, int r, int section, Entry fromCatalogue, boolean imported) {
        if (fileOf[r] < 0) {
            return new ListedEntry(section, imported ? fromCatalogue.inSection(Section.IMPORTED) : fromCatalogue, null, List.of());
        }
        Path file = entryFile(fileOf[r]);
        EntryFactsReader.EntryFile ef = kept.remove(fileOf[r]);
        if (ef == null) {
            ef = reader.readEntryFile(file);
        }
        List<Listing> listings = new ArrayList<>();
        List<Entry> fromLists = DataReader.listingEntries(ef, ef.facts().entry(), file, listings);
        Entry e = fromCatalogue != null && !(imported && !fromLists.isEmpty()) ? fromCatalogue : ListingYaml.merged(fromLists);
        return new ListedEntry(section, imported ? e.inSection(Section.IMPORTED) : e, ef.facts(), List.copyOf(listings));
    }
}
