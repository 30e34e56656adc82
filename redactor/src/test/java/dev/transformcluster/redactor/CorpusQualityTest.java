package dev.transformcluster.redactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance bar on the development corpus ({@code ../shared/corpus/dev.jsonl.gz} next to
 * the repository), scored by the shared {@code score.py}: every type's typed recall and
 * precision at least 0.97, hard-negative hit rate at most 0.03, character coverage at least 0.98.
 */
class CorpusQualityTest {

    private static final double MIN_RECALL = 0.97;
    private static final double MIN_PRECISION = 0.97;
    private static final double MAX_NEGATIVE_HITS = 0.03;
    private static final double MIN_COVERAGE = 0.98;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path shared;
    private static JsonNode score;
    private static final Map<String, int[]> PRECISION = new TreeMap<>();

    /** Walks up from the working directory to the folder holding {@code shared/corpus/dev.jsonl.gz}. */
    static Path findShared() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("corpus/dev.jsonl.gz"))) {
                return candidate;
            }
        }
        return null;
    }

    @BeforeAll
    static void scoreTheCorpus() throws Exception {
        shared = findShared();
        if (shared == null) {
            fail("development corpus not found: expected ../shared/corpus/dev.jsonl.gz beside the repository"
                    + " (searched up from " + System.getProperty("user.dir") + ")");
        }
        Path gold = shared.resolve("corpus/dev.jsonl.gz");
        Path target = Path.of("target");
        Files.createDirectories(target);
        Path pred = target.resolve("corpus-predictions.jsonl");
        Path out = target.resolve("corpus-score.json");
        Engine engine = Engine.defaults();
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gold)), StandardCharsets.UTF_8));
                BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = JSON.readTree(line);
                String text = doc.get("text").asText();
                texts.add(text);
                List<Finding> found = engine.detect(text);
                ObjectNode o = JSON.createObjectNode();
                o.set("id", doc.get("id"));
                ArrayNode arr = o.putArray("entities");
                for (Finding f : found) {
                    arr.addObject().put("type", f.type().name()).put("start", f.start()).put("end", f.end())
                            .put("score", f.score());
                }
                w.write(JSON.writeValueAsString(o));
                w.newLine();
                tallyPrecision(doc, found);
            }
        }
        Process p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(), "--gold", gold.toString(),
                "--pred", pred.toString(), "--json", out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            fail("score.py failed:\n" + log);
        }
        System.out.println(log);
        score = JSON.readTree(out.toFile());
        reportThroughput(engine, texts);
    }

    /** Per engine type: [correct, total] with score.py's precision rule (50% of either span). */
    private static void tallyPrecision(JsonNode doc, List<Finding> found) {
        for (Finding f : found) {
            int[] c = PRECISION.computeIfAbsent(f.type().name(), k -> new int[2]);
            c[1]++;
            for (JsonNode g : doc.get("spans")) {
                String gt = g.get("type").asText();
                int s = g.get("start").asInt();
                int e = g.get("end").asInt();
                int ov = Math.max(0, Math.min(e, f.end()) - Math.max(s, f.start()));
                if (ov > 0 && GoldTypes.matches(f.type(), gt)
                        && (ov >= 0.5 * (e - s) || ov >= 0.5 * f.length())) {
                    c[0]++;
                    break;
                }
            }
        }
    }

    private static void reportThroughput(Engine engine, List<String> texts) {
        long chars = texts.stream().mapToLong(String::length).sum();
        double best = 0;
        for (int round = 0; round < 6; round++) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                engine.detect(t);
            }
            best = Math.max(best, chars / 1e6 / ((System.nanoTime() - t0) / 1e9));
        }
        System.out.printf("engine throughput on the corpus text (best of 6, single thread): %.1f M chars/s%n", best);
    }

    @Test
    void shouldRecallEveryTypeTyped() {
        Iterator<Map.Entry<String, JsonNode>> it = score.get("recall_typed").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(e.getValue().asDouble()).as("typed recall of %s", e.getKey()).isGreaterThanOrEqualTo(MIN_RECALL);
        }
    }

    @Test
    void shouldBePreciseOverall() {
        assertThat(score.get("precision_typed").asDouble()).as("typed precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    }

    @Test
    void shouldBePrecisePerType() {
        PRECISION.forEach((type, c) -> assertThat((double) c[0] / c[1]).as("typed precision of %s (%d of %d)", type, c[0], c[1])
                .isGreaterThanOrEqualTo(MIN_PRECISION));
    }

    @Test
    void shouldLeaveHardNegativesAlone() {
        assertThat(score.get("hard_negative_hit_rate_overall").asDouble()).as("hard-negative hit rate")
                .isLessThanOrEqualTo(MAX_NEGATIVE_HITS);
        score.get("hard_negative_hit_rate").fields().forEachRemaining(e -> assertThat(e.getValue().asDouble())
                .as("hard-negative hit rate of %s", e.getKey()).isLessThanOrEqualTo(MAX_NEGATIVE_HITS));
    }

    @Test
    void shouldCoverTheCharactersOfPersonalData() {
        assertThat(score.get("char_coverage").asDouble()).as("character coverage").isGreaterThanOrEqualTo(MIN_COVERAGE);
    }

    @Test
    void shouldReportEveryDocumentAndOnlyKnownTypes() throws IOException {
        assertThat(score.get("documents").asInt()).as("documents scored").isPositive();
        assertThat(score.get("unknown_types").size()).as("unknown entity types").isZero();
    }
}
