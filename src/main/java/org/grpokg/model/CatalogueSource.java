package org.grpokg.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalogue as the mapper reads it: its header, then its entries one at a time in catalogue
 * order, each with its facts, then the base models; and the little that mapping one entry needs
 * to know about the others (which entry lists a repository, how a repository is spelt first).
 * {@link LoadedCatalogue} serves it from {@link CatalogueData} in memory; the catalogue stage's
 * streaming reader serves it from the data folder, reading each entry's file when its turn comes
 * (docs/decisions/0019-streaming-reader.md).
 */
public interface CatalogueSource {

    String title();

    String introduction();

    /** The sections in order (their entry lists may be empty: entries come from {@link #forEachEntry}). */
    List<Section> sections();

    /** The number of entries {@link #forEachEntry} hands out. */
    long entryCount();

    /** Every entry in catalogue order, each with its section, facts and listings in other lists. */
    void forEachEntry(Consumer<ListedEntry> each);

    List<BaseModel> models();

    /** The key of every entry (in no particular order). */
    Iterable<EntryKey> entryKeys();

    /** The first entry (in catalogue order) whose listing names {@code repo}, if any. */
    Optional<EntryKey> entryWithRepo(RepoRef repo);

    /**
     * The first spelling of {@code repo} among the entries' repositories (a repository correction
     * of an entry's facts replaces the listed one), if any entry names it.
     */
    Optional<RepoRef> spelling(RepoRef repo);

    /**
     * An entry as the mapper takes it.
     *
     * @param section  its section, an index into {@link #sections()}
     * @param facts    its researched facts, null when it has no entry file
     * @param listings the records of other lists that list it
     */
    record ListedEntry(int section, Entry entry, EntryFacts facts, List<Listing> listings) {
    }
}
