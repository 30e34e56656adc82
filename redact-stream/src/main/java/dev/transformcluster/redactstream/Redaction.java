package dev.transformcluster.redactstream;

import dev.transformcluster.redactor.DocumentRedactor;
import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.RejectedInputException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the topology does to one document: the engine, or a pass-through for the benchmark's
 * "redaction off" baseline. An interface so the topology can be tested with either.
 */
public interface Redaction {

    /** Redacted bytes and the entity counts by type name. */
    record Redacted(byte[] content, Map<String, Long> entityCounts) { }

    Redacted apply(byte[] content, String contentType) throws RejectedInputException;

    String policyVersion();

    /** The engine with {@code policy}. */
    static Redaction engine(Policy policy) {
        DocumentRedactor redactor = new DocumentRedactor(policy);
        String version = policy.version();
        return new Redaction() {
            @Override
            public Redacted apply(byte[] content, String contentType) throws RejectedInputException {
                DocumentRedactor.Result r = redactor.redact(content, contentType);
                Map<String, Long> counts = new TreeMap<>();
                for (Map.Entry<EntityType, Long> e : r.entityCounts().entrySet()) {
                    counts.put(e.getKey().name(), e.getValue());
                }
                return new Redacted(r.content(), counts);
            }

            @Override
            public String policyVersion() {
                return version;
            }
        };
    }

    /** Leaves documents unchanged; the policy version says so. */
    static Redaction passThrough() {
        return new Redaction() {
            @Override
            public Redacted apply(byte[] content, String contentType) {
                return new Redacted(content, Map.of());
            }

            @Override
            public String policyVersion() {
                return "pass-through";
            }
        };
    }

    /** From the config: pass-through when disabled, else the policy file or the default policy. */
    static Redaction fromConfig(RedactStreamConfig config) {
        if (!config.redactionEnabled()) {
            return passThrough();
        }
        if (config.policyFile().isEmpty()) {
            return engine(Policy.defaults());
        }
        return engine(PolicyFiles.load(Path.of(config.policyFile())));
    }
}
