package org.grpokg.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a data folder of N synthetic entries shaped like the real ones (a catalogue table row
 * and an entry file with sources, authors, algorithms, domains, base models, checkpoints and
 * benchmarks each), for the benchmark in bench/run.sh. Deterministic for a given N.
 *
 * <p>Usage: {@code SyntheticData OUTDIR N}
 */
public final class SyntheticData {

    private static final String[] ALGORITHMS = {"grpo", "step-grpo", "ppo", "rloo", "reinforce-plus-plus"};
    private static final String[] DOMAINS = {"math", "geometry", "medical", "spatial-reasoning", "visual-grounding", "counting"};
    private static final String[] MODELS = {"Qwen/Qwen2-VL-2B-Instruct", "Qwen/Qwen2-VL-7B-Instruct", "Qwen/Qwen2.5-VL-3B-Instruct"};

    private SyntheticData() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Files.createDirectories(out.resolve("entries"));
        Files.createDirectories(out.resolve("models"));
        for (String m : MODELS) {
            Files.writeString(out.resolve("models").resolve(m.replace('/', '+') + ".yaml"),
                    "id: " + m + "\nfamily: Qwen2-VL\nparameters: 2B\ninstruct: true\nsource: https://huggingface.co/" + m + "\n");
        }
        Random rnd = new Random(42);
        DateTimeFormatter listed = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
        try (Writer md = Files.newBufferedWriter(out.resolve("catalogue.md"), StandardCharsets.UTF_8)) {
            md.write("# Synthetic catalogue\n\nGenerated for benchmarks.\n\n## Papers\n\n| Date | Paper | Repository |\n|---|---|---|\n");
            for (int i = 0; i < n; i++) {
                String id = String.format("25%02d.%05d", 1 + i % 12, i);
                LocalDate date = LocalDate.of(2025, 1 + i % 12, 1 + i % 28);
                md.write("| " + listed.format(date) + " | [Paper " + i + ": reinforcement learning for vision, variant " + i
                        + "](https://arxiv.org/abs/" + id + ") | [GitHub](https://github.com/org" + (i % 500) + "/repo-" + i + ") |\n");
                writeEntry(out.resolve("entries").resolve(id + ".yaml"), id, i, rnd);
            }
        }
    }

    private static void writeEntry(Path file, String id, int i, Random rnd) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("entry: \"").append(id).append("\"\nname: System-").append(i).append('\n');
        y.append("sources:\n  - {id: arxiv, url: https://arxiv.org/abs/").append(id).append("v1, what: abstract}\n");
        y.append("  - {id: readme, url: https://github.com/org").append(i % 500).append("/repo-").append(i)
                .append("/blob/0000000000000000000000000000000000000000/README.md, what: README}\n");
        y.append("authors: {source: arxiv, names: [");
        for (int a = 0; a < 5; a++) {
            y.append(a == 0 ? "" : ", ").append("\"Author ").append(rnd.nextInt(3000)).append('"');
        }
        y.append("]}\naffiliations: {source: arxiv, names: [\"University ").append(rnd.nextInt(200)).append("\"]}\n");
        y.append("algorithms: [{id: ").append(ALGORITHMS[rnd.nextInt(ALGORITHMS.length)]).append(", source: arxiv}]\n");
        y.append("recipe: [{id: rule-based-reward, source: arxiv}, {id: cold-start-sft, source: readme}]\n");
        y.append("rewards: [{id: accuracy, source: readme}, {id: format, source: readme}]\n");
        y.append("domains: [{id: ").append(DOMAINS[rnd.nextInt(DOMAINS.length)]).append(", source: arxiv}, {id: ")
                .append(DOMAINS[rnd.nextInt(DOMAINS.length)]).append(", source: arxiv}]\n");
        y.append("modalities: [{id: image, source: arxiv}]\n");
        String base = MODELS[rnd.nextInt(MODELS.length)];
        y.append("baseModels: [{id: ").append(base).append(", source: readme}]\n");
        y.append("frameworks: [{id: trl, source: readme}]\n");
        if (i > 0) {
            y.append("buildsOn: [{entry: \"").append(String.format("25%02d.%05d", 1 + (i - 1) % 12, i - 1)).append("\", source: readme}]\n");
        }
        y.append("datasets: [{id: org").append(i % 500).append("/data-").append(i).append(", source: readme}]\n");
        y.append("checkpoints: [{id: org").append(i % 500).append("/model-").append(i).append(", fineTunedFrom: ").append(base)
                .append(", source: readme}]\n");
        y.append("benchmarks: [{name: MathVista, source: arxiv}, {name: Bench-").append(rnd.nextInt(50)).append(", source: arxiv}]\n");
        Files.writeString(file, y.toString());
    }
}
