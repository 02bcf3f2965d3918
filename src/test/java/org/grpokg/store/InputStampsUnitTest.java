package org.grpokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The freshness check reads only files whose size, times or identity changed since the last
 * check, and never trusts a record of a file modified too close to that check: an edit in the
 * same clock tick, invisible to size and times, is still noticed.
 */
class InputStampsUnitTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path data;

    @TempDir
    Path scratch;

    private List<Path> files() throws Exception {
        Files.writeString(data.resolve("catalogue.md"), "# list\n");
        Files.createDirectories(data.resolve("entries"));
        Files.writeString(data.resolve("entries/a.yaml"), "title: A\n");
        Files.writeString(data.resolve("entries/b.yaml"), "title: B\n");
        return List.of(data.resolve("catalogue.md"), data.resolve("entries/a.yaml"), data.resolve("entries/b.yaml"));
    }

    @Test
    void anUnchangedFolderIsNotReadAgain() throws Exception {
        List<Path> files = files();
        Fingerprint.Result first = Fingerprint.of(data, files, List.of(), InputStamps.none());
        assertEquals(3, first.filesRead());
        assertEquals(Fingerprint.of(data, files, List.of()), first.value());
        // a check made well after the files were written trusts every record
        InputStamps later = new InputStamps(data.toAbsolutePath().normalize().toString(), first.stamps().checkedNanos() + 60 * SECOND,
                stamps(first));
        Fingerprint.Result second = Fingerprint.of(data, files, List.of(), later);
        assertEquals(0, second.filesRead());
        assertEquals(first.value(), second.value());
    }

    @Test
    void aTouchedFileIsReadAgainAndKeepsTheFingerprint() throws Exception {
        List<Path> files = files();
        Fingerprint.Result first = Fingerprint.of(data, files, List.of(), InputStamps.none());
        InputStamps later = new InputStamps(data.toAbsolutePath().normalize().toString(), first.stamps().checkedNanos() + 60 * SECOND,
                stamps(first));
        Files.setLastModifiedTime(files.get(1), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Fingerprint.Result second = Fingerprint.of(data, files, List.of(), later);
        assertEquals(1, second.filesRead());
        assertEquals(first.value(), second.value(), "same content, same fingerprint: nothing to rebuild");
    }

    @Test
    void anEditedFileIsNoticed() throws Exception {
        List<Path> files = files();
        Fingerprint.Result first = Fingerprint.of(data, files, List.of(), InputStamps.none());
        InputStamps later = new InputStamps(data.toAbsolutePath().normalize().toString(), first.stamps().checkedNanos() + 60 * SECOND,
                stamps(first));
        Files.writeString(files.get(2), "title: C\n"); // same size
        Fingerprint.Result second = Fingerprint.of(data, files, List.of(), later);
        assertEquals(Fingerprint.of(data, files, List.of()), second.value());
        assertNotEquals(first.value(), second.value());
    }

    @Test
    void anEditInTheSameTickAsTheCheckIsNoticed() throws Exception {
        List<Path> files = files();
        Path b = files.get(2);
        String oldHash = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(b)));
        Fingerprint.Result before = Fingerprint.of(data, files, List.of(), InputStamps.none());
        // the edit keeps the size, and the file system's clock had not ticked: size and times look as the check recorded them
        Files.writeString(b, "title: C\n");
        InputStamps.Stamp now = InputStamps.stat(b);
        Map<String, InputStamps.Stamp> recorded = new java.util.LinkedHashMap<>(stamps(before));
        recorded.put("entries/b.yaml", now.withHash(oldHash));
        String base = data.toAbsolutePath().normalize().toString();

        // the check ran in the same tick as the edit (1 ms after the recorded time): the record is not trusted
        InputStamps sameTick = new InputStamps(base, Math.max(now.modifiedNanos(), now.changedNanos()) + 1_000_000, recorded);
        Fingerprint.Result r = Fingerprint.of(data, files, List.of(), sameTick);
        assertEquals(Fingerprint.of(data, files, List.of()), r.value(), "the edit is seen");
        assertNotEquals(before.value(), r.value());

        // the same records from a check made long after the file's times would be trusted (so the case above is real)
        InputStamps old = new InputStamps(base, Math.max(now.modifiedNanos(), now.changedNanos()) + 60 * SECOND, recorded);
        assertEquals(before.value(), Fingerprint.of(data, files, List.of(), old).value());
    }

    @Test
    void recordsOfAnotherDataFolderAreNotUsed() throws Exception {
        List<Path> files = files();
        Fingerprint.Result first = Fingerprint.of(data, files, List.of(), InputStamps.none());
        InputStamps elsewhere = new InputStamps("/somewhere/else", first.stamps().checkedNanos() + 60 * SECOND, stamps(first));
        assertEquals(3, Fingerprint.of(data, files, List.of(), elsewhere).filesRead());
    }

    @Test
    void theRecordsSurviveTheirFileAndADamagedFileIsIgnored(@TempDir Path gen) throws Exception {
        List<Path> files = files();
        Fingerprint.Result first = Fingerprint.of(data, files, List.of(), InputStamps.none());
        first.stamps().writeInto(gen);
        InputStamps back = InputStamps.readFrom(gen);
        assertEquals(first.stamps().checkedNanos(), back.checkedNanos());
        assertEquals(true, back.sameRecords(first.stamps()));
        String text = Files.readString(gen.resolve(InputStamps.FILE));
        Files.writeString(gen.resolve(InputStamps.FILE), text.substring(0, text.length() - 4));
        assertEquals(true, InputStamps.readFrom(gen).sameRecords(InputStamps.none()), "cut short: no records");
    }

    /** The records a result holds, read back through the file. */
    private Map<String, InputStamps.Stamp> stamps(Fingerprint.Result r) {
        r.stamps().writeInto(scratch);
        return InputStamps.readFrom(scratch).records();
    }
}
