/**
 * Reading the built graph back for the ways out that work on whole entries (compare, stats,
 * BibTeX): the works in catalogue order, their single-valued facts, and labels for people.
 * Plain Jena graph API over a {@link org.apache.jena.sparql.core.DatasetGraph}; no query text is
 * built, so no value from a user ever reaches SPARQL.
 */
package org.grpokg.graph;
