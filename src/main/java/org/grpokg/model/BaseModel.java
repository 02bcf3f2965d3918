package org.grpokg.model;

/**
 * A model that entries train from, keyed by its Hugging Face id.
 *
 * @param parameters nominal size as its name or card states it ("2B", "7B")
 * @param instruct   whether it is an instruction-tuned variant; null when not stated
 */
public record BaseModel(String id, String family, String parameters, Boolean instruct, String source) {
}
