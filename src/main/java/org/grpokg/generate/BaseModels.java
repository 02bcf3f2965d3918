package org.grpokg.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A few hundred base models, most used first: the real ones of the catalogue lead, then
 * plausible families, sizes and instruction-tuned variants. Deterministic (no randomness).
 */
final class BaseModels {

    /** One base model as its {@code data/models/*.yaml} file describes it; {@code parameters} may be null. */
    record Model(String id, String family, String parameters, boolean instruct) {
    }

    private static final String[][] FAMILIES = {
        // org, family, id stem, sizes
        {"Qwen", "Qwen2.5-VL", "Qwen2.5-VL-", "7B 3B 32B 72B"},
        {"Qwen", "Qwen2-VL", "Qwen2-VL-", "2B 7B 72B"},
        {"OpenGVLab", "InternVL2.5", "InternVL2_5-", "8B 4B 1B 2B 26B 38B 78B"},
        {"OpenGVLab", "InternVL3", "InternVL3-", "8B 2B 1B 9B 14B 38B 78B"},
        {"llava-hf", "LLaVA-OneVision", "llava-onevision-qwen2-", "7b 0.5b 72b"},
        {"meta-llama", "Llama-3.2-Vision", "Llama-3.2-", "11B-Vision 90B-Vision"},
        {"microsoft", "Phi-3.5-vision", "Phi-3.5-vision-", "4.2B"},
        {"openbmb", "MiniCPM-V", "MiniCPM-V-", "2.6B 8B"},
        {"deepseek-ai", "DeepSeek-VL2", "deepseek-vl2-", "tiny small base"},
        {"google", "Gemma-3", "gemma-3-", "4b 12b 27b"},
        {"HuggingFaceM4", "Idefics3", "Idefics3-", "8B-Llama3"},
        {"mistralai", "Pixtral", "Pixtral-", "12B"},
        {"allenai", "Molmo", "Molmo-", "7B-D 7B-O 72B"},
        {"rhymes-ai", "Aria", "Aria-", "25B"},
        {"deepseek-ai", "DeepSeek-R1-Distill-Qwen", "DeepSeek-R1-Distill-Qwen-", "1.5B 7B 14B 32B"},
        {"THUDM", "GLM-4V", "glm-4v-", "9b"},
        {"Salesforce", "BLIP-3", "xgen-mm-phi3-mini-", "4B"},
        {"mistralai", "Mistral-Small-3.1", "Mistral-Small-3.1-", "24B"},
        {"moonshotai", "Kimi-VL", "Kimi-VL-A3B-", "16B"},
        {"xai-org", "Grok-1.5V", "grok-1.5v-", "314B"},
    };

    private BaseModels() {
    }

    /** The nominal size the id states ("11B" of "11B-Vision"), or null where it states none ("tiny"). */
    private static String parameters(String size) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[0-9.]+[BbMm]").matcher(size);
        return m.find() ? m.group().toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** {@code count} distinct models, the most used (by the generator's Zipf ranks) first. */
    static List<Model> first(int count) {
        List<Model> out = new ArrayList<>();
        // rank 0 and 1 are the catalogue's most used models; the queries' default parameters name them
        out.add(new Model("Qwen/Qwen2.5-VL-7B-Instruct", "Qwen2.5-VL", "7B", true));
        out.add(new Model("Qwen/Qwen2-VL-2B-Instruct", "Qwen2-VL", "2B", true));
        out.add(new Model("Qwen/Qwen2-VL-2B", "Qwen2-VL", "2B", false));
        for (int version = 0; out.size() < count; version++) {
            String suffix = version == 0 ? "" : "-v" + (version + 1);
            for (String[] f : FAMILIES) {
                for (String size : f[3].split(" ")) {
                    for (boolean instruct : new boolean[] {true, false}) {
                        String id = f[0] + "/" + f[2] + size + suffix + (instruct ? "-Instruct" : "");
                        String family = f[1] + (version == 0 ? "" : " v" + (version + 1));
                        if (out.size() < count && out.stream().noneMatch(m -> m.id().equals(id))) {
                            out.add(new Model(id, family, parameters(size), instruct));
                        }
                    }
                }
            }
        }
        return out;
    }
}
