package org.grpokg.model;

/** A model released by an entry (Hugging Face id), and the model it was fine-tuned from if stated. */
public record Checkpoint(String id, String fineTunedFrom, String source) {
}
