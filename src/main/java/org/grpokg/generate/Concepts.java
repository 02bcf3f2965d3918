package org.grpokg.generate;

/**
 * The controlled ids the generator draws from (concepts of {@code ontology/grpo-kg.ttl}, most
 * used first), benchmark names, outside code bases and typical unconfirmed notes.
 */
final class Concepts {

    static final String[] ALGORITHMS = {"grpo", "ppo", "step-grpo", "dpo", "rloo", "reinforce-plus-plus", "remax",
        "policy-optimization", "preference-optimization"};
    static final String[] RECIPE_EXTRA = {"curriculum-rl", "multi-stage-rl", "data-synthesis", "data-filtering", "rejection-sampling-sft"};
    static final String[] REWARDS_EXTRA = {"iou", "step-wise", "length", "confidence", "classification-accuracy"};
    static final String[] DOMAINS = {"math", "general-visual-reasoning", "geometry", "visual-grounding", "spatial-reasoning",
        "medical", "chart-understanding", "counting", "science", "object-detection", "visual-perception", "classification",
        "preference-alignment", "game-playing"};
    static final String[] FRAMEWORKS = {"trl", "verl", "openrlhf", "open-r1", "deepspeed", "vllm", "llama-factory", "ms-swift", "unsloth"};
    static final String[] OUTSIDE_CODE_BASES = {"huggingface/open-r1", "hiyouga/EasyR1", "volcengine/verl", "OpenRLHF/OpenRLHF",
        "huggingface/trl"};
    private static final String[] BENCHMARKS = {"MathVista", "MMMU", "MathVerse", "MathVision", "CV-Bench", "SuperCLEVR", "GeoQA",
        "ChartQA", "RefCOCO", "MMStar", "HallusionBench", "OlympiadBench", "MMBench", "ScienceQA", "Video-MME", "VSI-Bench",
        "OmniMedVQA", "DynaMath", "WeMath", "LogicVista"};
    static final String[] UNCONFIRMED = {
        "No checkpoint id found in the README; the paper says weights will be released.",
        "The base model is named only by a local path in the training script.",
        "The reward functions are described in the paper but the code was not read.",
        "Whether an SFT stage precedes RL could not be confirmed from the sources read."};

    private Concepts() {
    }

    /** Benchmark {@code k}: the well-known ones first, then a long tail of one-off benchmarks. */
    static String benchmark(int k) {
        return k < BENCHMARKS.length ? BENCHMARKS[k] : "Bench-" + k;
    }
}
