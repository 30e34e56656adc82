package dev.transformcluster.cli.bench;

import dev.transformcluster.cli.UserError;
import dev.transformcluster.redactor.Engine;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.Recognizers;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.TextRedactor;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.util.Arrays;

/**
 * Single-thread throughput of the engine on corpus text, with the piiregex-style baseline measured
 * in the same JVM after the same warm-up, so the ratio is what matters, not the absolute figure.
 * Iterations alternate between the contenders so that machine noise hits them alike.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures single-thread MB/s of detection and redaction on corpus text,",
            "against a naive baseline (sequential java.util.regex replaceAll, the piiregex idea) in the same run.",
            "Throughput is per second of the benchmark thread's CPU time, so a busy machine does not skew it."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "A .jsonl(.gz) corpus with a \"text\" per line, or a folder of text files. "
                    + "Default: ../shared/corpus/dev.jsonl.gz beside the repository, else the bundled samples/.")
    Path corpus;

    @Option(names = "--warmup-seconds", defaultValue = "30", description = "Warm-up time, shared by all contenders (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured passes per contender (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--baseline-iterations", defaultValue = "2",
            description = "Measured passes of the (slow) baseline (default: ${DEFAULT-VALUE}).")
    int baselineIterations;

    @Option(names = "--recognizers",
            description = "Also break detection down: CPU time of the shared index and of each recognizer, per pass.")
    boolean recognizers;

    @Override
    public Integer call() throws IOException {
        if (!CPU.isCurrentThreadCpuTimeSupported()) {
            throw new UserError("this JVM cannot measure thread CPU time, which bench relies on");
        }
        if (iterations < 1 || baselineIterations < 1 || warmupSeconds < 0) {
            throw new UserError("--iterations and --baseline-iterations must be >= 1, --warmup-seconds >= 0");
        }
        Corpus texts = Corpus.load(corpus);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "corpus: %s, %d documents, %.2f MB UTF-8%n",
                texts.source(), texts.documents().size(), texts.bytes() / 1e6);

        Engine engine = Engine.defaults();
        TextRedactor redactor = new TextRedactor(engine, Policy.defaults());
        List<Contender> contenders = List.of(
                new Contender("engine detect", doc -> engine.detect(doc).size(), iterations),
                new Contender("engine redact (tag)", doc -> redactor.redact(doc).text().length(), iterations),
                new Contender("baseline piiregex-style (" + PiiRegexBaseline.patternCount() + " regexes)",
                        doc -> PiiRegexBaseline.redact(doc).length(), baselineIterations));

        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        out.printf(Locale.ROOT, "warming up for %d s...%n", warmupSeconds);
        do {
            for (Contender c : contenders) {
                c.pass(texts);
            }
        } while (System.nanoTime() < warmEnd);

        int rounds = Math.max(iterations, baselineIterations);
        for (int i = 0; i < rounds; i++) {
            for (Contender c : contenders) {
                if (c.samples.size() < c.wanted) {
                    c.samples.add(texts.bytes() / 1e6 / (c.pass(texts) / 1e9));
                }
            }
        }
        double base = contenders.get(2).median();
        out.println();
        out.printf(Locale.ROOT, "%-44s %10s %10s %10s %9s%n", "single thread, MB per CPU-second", "median", "min", "max", "vs base");
        for (Contender c : contenders) {
            out.printf(Locale.ROOT, "%-44s %7.1f MB/s %6.1f MB/s %6.1f MB/s %8.0fx%n",
                    c.name, c.median(), c.min(), c.max(), c.median() / base);
        }
        if (recognizers) {
            breakdown(texts, out);
        }
        return 0;
    }

    /**
     * CPU time of each part of detection over the corpus (the best of {@link #iterations} passes,
     * each part timed on its own around every document): where an engine change should look.
     */
    private void breakdown(Corpus texts, PrintStream out) {
        List<Recognizer> all = Recognizers.all();
        long[] best = new long[all.size() + 1];
        Arrays.fill(best, Long.MAX_VALUE);
        List<Finding> scratch = new ArrayList<>();
        for (int pass = 0; pass < iterations; pass++) {
            long[] spent = new long[all.size() + 1];
            for (String doc : texts.documents()) {
                long t0 = CPU.getCurrentThreadCpuTime();
                TextIndex index = TextIndex.of(doc);
                spent[0] += CPU.getCurrentThreadCpuTime() - t0;
                for (int k = 0; k < all.size(); k++) {
                    scratch.clear();
                    long t1 = CPU.getCurrentThreadCpuTime();
                    all.get(k).scan(doc, index, scratch);
                    spent[k + 1] += CPU.getCurrentThreadCpuTime() - t1;
                }
            }
            for (int k = 0; k < spent.length; k++) {
                best[k] = Math.min(best[k], spent[k]);
            }
        }
        long total = Arrays.stream(best).sum();
        out.println();
        out.printf(Locale.ROOT, "%-44s %10s %8s%n", "detection by part (best of " + iterations + " passes)", "CPU ms", "share");
        for (int k = 0; k < best.length; k++) {
            String name = k == 0 ? "shared text index" : all.get(k - 1).getClass().getSimpleName();
            out.printf(Locale.ROOT, "%-44s %10.1f %7.1f%%%n", name, best[k] / 1e6, 100.0 * best[k] / total);
        }
        out.println("(timing each part per document adds overhead of its own: compare parts, not the total)");
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static final class Contender {
        final String name;
        final ToLongFunction<String> work;
        final int wanted;
        final List<Double> samples = new ArrayList<>();
        long sink;

        Contender(String name, ToLongFunction<String> work, int wanted) {
            this.name = name;
            this.work = work;
            this.wanted = wanted;
        }

        /**
         * One pass over the corpus; returns the nanoseconds of CPU time this thread spent, so that
         * other processes on a busy machine do not distort a single-thread figure.
         */
        long pass(Corpus texts) {
            long t0 = CPU.getCurrentThreadCpuTime();
            for (String doc : texts.documents()) {
                sink += work.applyAsLong(doc);
            }
            return CPU.getCurrentThreadCpuTime() - t0;
        }

        double median() {
            double[] s = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        double min() {
            return samples.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }

        double max() {
            return samples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }


}
