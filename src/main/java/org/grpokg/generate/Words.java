package org.grpokg.generate;

import java.util.Random;

/** Word lists for names, titles, people and organisations that read like the real lists. */
final class Words {

    private static final String[] NAME_HEADS = {"Vision", "Visual", "Med", "Geo", "Chart", "Video", "Spatial", "Count", "Ground",
        "Percept", "Reason", "Think", "Look", "See", "Math", "Sci", "Omni", "Ego", "Map", "Table", "Doc", "Seg", "Det", "Point",
        "Scene", "Act", "Plan", "Embodied", "Audio", "Graph"};
    private static final String[] NAME_TAILS = {"-R1", "-RL", "-Zero", "-RFT", "-GRPO", "-Reasoner", "-Thinker", "-o1", "-Eureka",
        "-R1-Zero", "-PRM", "-Critic", "-Star", "-Refine"};
    private static final String[] VERBS = {"Incentivizing", "Boosting", "Advancing", "Scaling", "Rethinking", "Unlocking",
        "Empowering", "Exploring", "Improving", "Teaching", "Learning", "Towards"};
    private static final String[] OBJECTS = {"Visual Reasoning", "Multimodal Reasoning", "Spatial Intelligence", "Medical Reasoning",
        "Chart Understanding", "Geometry Problem Solving", "Visual Grounding", "Video Understanding", "Object Counting",
        "Perception", "Chain-of-Thought", "Long-Horizon Planning", "Document Understanding", "Scientific Reasoning"};
    private static final String[] MEANS = {"with Rule-Based Reinforcement Learning", "via Group Relative Policy Optimization",
        "through Curriculum Reinforcement Learning", "with Verifiable Rewards", "in Multimodal Large Language Models",
        "with Step-wise Rewards", "from a Non-SFT Base Model", "with Less Than $10", "at Scale", "with Self-Reflection"};
    static final String[] FIRST = {"Wei", "Yi", "Xin", "Jing", "Hao", "Liang", "Chen", "Yu", "Ming", "Lei", "Anna", "David",
        "Maria", "James", "Sofia", "Ahmed", "Priya", "Kenji", "Elena", "Omar", "Lucas", "Chloe", "Ivan", "Mei", "Jun", "Rui",
        "Zhi", "Tao", "Fang", "Hui", "Sanjay", "Aisha", "Noah", "Emma", "Leon", "Sara", "Daniel", "Yuki", "Min-jun", "Ji-woo"};
    static final String[] LAST = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Smith", "Garcia", "Müller", "Rossi", "Kim", "Park", "Tanaka",
        "Singh", "Kumar", "Nguyen", "Silva", "Ivanova", "Novak", "Dubois", "Cohen", "Haddad", "Okafor", "Jensen", "Costa", "Khan"};
    private static final String[] PLACES = {"Beijing", "Shanghai", "Hong Kong", "Singapore", "California", "Washington", "Toronto",
        "Oxford", "Cambridge", "Zurich", "Tokyo", "Seoul", "Munich", "Paris", "Amsterdam", "Sydney", "Texas", "Michigan", "Wuhan",
        "Nanjing"};
    private static final String[] ORG_KINDS = {"University of %s", "%s University", "%s Institute of Technology", "%s AI Lab",
        "%s Research"};
    private static final String[] REPO_WORDS = {"r1", "rl", "vlm", "grpo", "reasoner", "zero", "vision", "mm", "eureka", "o1",
        "rft", "thinker"};

    private Words() {
    }

    static String systemName(Random rnd) {
        return NAME_HEADS[rnd.nextInt(NAME_HEADS.length)] + NAME_TAILS[rnd.nextInt(NAME_TAILS.length)];
    }

    static String title(Random rnd, String name) {
        return name + ": " + VERBS[rnd.nextInt(VERBS.length)] + " " + OBJECTS[rnd.nextInt(OBJECTS.length)] + " "
                + MEANS[rnd.nextInt(MEANS.length)];
    }

    /** Person {@code k}: distinct for k below 41,600, then names repeat as they do in the world. */
    static String person(int k) {
        int rest = k / LAST.length;
        String initial = rest / FIRST.length % 26 == 0 ? "" : (char) ('A' + rest / FIRST.length % 26) + ". ";
        return FIRST[rest % FIRST.length] + " " + initial + LAST[k % LAST.length];
    }

    static String organisation(int k) {
        String place = PLACES[k % PLACES.length];
        return String.format(ORG_KINDS[(k / PLACES.length) % ORG_KINDS.length], place)
                + (k >= PLACES.length * ORG_KINDS.length ? " " + (k / (PLACES.length * ORG_KINDS.length) + 1) : "");
    }

    /** A GitHub owner: a few prolific organisations, then many with one or two projects. */
    static String owner(Random rnd, int entries) {
        int k = (int) Math.min(Integer.MAX_VALUE - 1L, (long) (Math.pow(rnd.nextDouble(), 2) * Math.max(50, entries / 3)));
        return LAST[k % LAST.length].replace("ü", "ue").toLowerCase(java.util.Locale.ROOT) + "-lab" + (k / LAST.length == 0 ? "" : k / LAST.length);
    }

    static String repoName(Random rnd) {
        return REPO_WORDS[rnd.nextInt(REPO_WORDS.length)] + "-" + REPO_WORDS[rnd.nextInt(REPO_WORDS.length)];
    }
}
