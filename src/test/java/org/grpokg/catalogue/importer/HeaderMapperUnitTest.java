package org.grpokg.catalogue.importer;

import static org.grpokg.catalogue.importer.HeaderMapper.Column.CODE;
import static org.grpokg.catalogue.importer.HeaderMapper.Column.DATE;
import static org.grpokg.catalogue.importer.HeaderMapper.Column.LINKS;
import static org.grpokg.catalogue.importer.HeaderMapper.Column.NOTE;
import static org.grpokg.catalogue.importer.HeaderMapper.Column.PAGE;
import static org.grpokg.catalogue.importer.HeaderMapper.Column.PAPER;
import static org.grpokg.catalogue.importer.HeaderMapper.Column.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderMapperUnitTest {

    @Test
    void theCataloguesOwnHeaders() {
        assertEquals(List.of(DATE, TITLE, CODE), HeaderMapper.map(List.of("Date", "Paper", "Repository")).roles());
    }

    @Test
    void projectIsTheTitleAndTheOtherColumnsAreNotes() {
        assertEquals(List.of(DATE, TITLE, NOTE, NOTE, NOTE), HeaderMapper.map(List.of("Date", "Project", "SFT", "RL", "Task")).roles());
        assertEquals(List.of(DATE, TITLE, NOTE), HeaderMapper.map(List.of("Date", "Proj", "Comment")).roles());
    }

    @Test
    void theDateLastAndAProjectPageThatIsNotTheTitle() {
        assertEquals(List.of(TITLE, CODE, NOTE, NOTE, PAGE, DATE),
                HeaderMapper.map(List.of("Paper", "Code", "Models", "Dataset", "Project Page", "Date")).roles());
    }

    @Test
    void aTitleColumnMakesThePaperColumnTheLinks() {
        assertEquals(List.of(TITLE, NOTE, PAPER, CODE),
                HeaderMapper.map(List.of("Title", "Venue", "Paper", "GitHub")).roles());
        assertEquals(List.of(DATE, TITLE, PAPER, CODE),
                HeaderMapper.map(List.of("Release date", "Name", "Publication", "Implementation")).roles());
    }

    @Test
    void emojiInHeadersAreIgnored() {
        assertEquals(List.of(DATE, TITLE, LINKS), HeaderMapper.map(List.of("📅 Date", "📑 Paper", "🔗 Links")).roles());
    }

    @Test
    void withoutATitleTheTableIsNotMapped() {
        assertFalse(HeaderMapper.map(List.of("Foo", "Bar")).mapped());
        assertFalse(HeaderMapper.map(List.of("Date", "Code")).mapped());
    }
}
