package dev.transformcluster.redactstream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The stage's own meters. Labels are entity types and dead-letter reasons only: never content or keys. */
final class RedactMetrics {

    private final MeterRegistry registry;
    final Counter records;
    final Counter bytes;
    final Timer latency;

    RedactMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.records = Counter.builder("tc.redact.records").description("Records redacted").register(registry);
        this.bytes = Counter.builder("tc.redact.bytes").description("Input bytes redacted").baseUnit("bytes")
                .register(registry);
        this.latency = Timer.builder("tc.redact.latency").description("Time to redact one record")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
    }

    void entities(String type, long n) {
        registry.counter("tc.redact.entities", "type", type).increment(n);
    }

    void deadLetter(String reason) {
        registry.counter("tc.dead.letters", "reason", reason).increment();
    }
}
