package org.grpokg.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link CatalogueSource} over a catalogue read whole into memory ({@link CatalogueData}). */
public final class LoadedCatalogue implements CatalogueSource {

    private final CatalogueData data;
    private final Map<RepoRef, EntryKey> entriesByRepo = new HashMap<>();
    private final Map<RepoRef, RepoRef> spelling = new HashMap<>();

    public LoadedCatalogue(CatalogueData data) {
        this.data = data;
        for (Entry e : data.catalogue().entries()) {
            if (e.repo() != null) {
                entriesByRepo.putIfAbsent(e.repo(), e.key());
            }
            // works first, in catalogue order; a repository correction replaces the listed repository
            Optional<RepoRef> fixed = data.factsFor(e).flatMap(f -> f.corrections().stream()
                    .filter(c -> c.field().equals(Correction.REPOSITORY)).findFirst())
                    .flatMap(c -> RepoRef.containing(c.actual()));
            if (fixed.isPresent()) {
                spelling.putIfAbsent(fixed.get(), fixed.get());
            } else if (e.repo() != null) {
                spelling.putIfAbsent(e.repo(), e.repo());
            }
        }
    }

    @Override
    public String title() {
        return data.catalogue().title();
    }

    @Override
    public String introduction() {
        return data.catalogue().introduction();
    }

    @Override
    public List<Section> sections() {
        return data.catalogue().sections();
    }

    @Override
    public long entryCount() {
        return data.catalogue().entries().size();
    }

    @Override
    public void forEachEntry(Consumer<ListedEntry> each) {
        List<Section> sections = sections();
        for (int i = 0; i < sections.size(); i++) {
            for (Entry e : sections.get(i).entries()) {
                each.accept(new ListedEntry(i, e, data.factsFor(e).orElse(null), data.listingsOf(e)));
            }
        }
    }

    @Override
    public List<BaseModel> models() {
        return data.models();
    }

    @Override
    public Iterable<EntryKey> entryKeys() {
        return data.catalogue().entries().stream().map(Entry::key).toList();
    }

    @Override
    public Optional<EntryKey> entryWithRepo(RepoRef repo) {
        return Optional.ofNullable(entriesByRepo.get(repo));
    }

    @Override
    public Optional<RepoRef> spelling(RepoRef repo) {
        return Optional.ofNullable(spelling.get(repo));
    }
}
