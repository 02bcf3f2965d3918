package org.grpokg.model;

/** A sourced date of a work: arXiv v1 for a paper, the first commit or release for a repository-only project. */
public record DateFact(PartialDate date, String source, String note) {
}
