package org.grpokg.export;

import java.util.List;
import java.util.Optional;

/** What one BibTeX entry says of a work with an arXiv id: plain text, escaped only when written. */
record BibtexEntry(String arxivId, String title, List<String> authors, Optional<String> year, Optional<String> codeUrl) {
}
