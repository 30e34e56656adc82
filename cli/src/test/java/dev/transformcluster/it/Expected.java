package dev.transformcluster.it;

import dev.transformcluster.redactor.DocumentRedactor;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.RejectedInputException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a correct run must produce, computed without Kafka or S3: {@link DocumentRedactor} applied directly to
 * each source object with the content type the store reports for it. Objects the engine refuses (binary, too
 * large) or that exceed the e-mail maximum the run is given are expected as dead letters, not outputs.
 */
public record Expected(Map<String, byte[]> outputs, Set<String> deadLetters) {

    /**
     * @param sources       key to source bytes
     * @param contentType   key to the content type the S3 store serves (what ingest passes on)
     * @param emailMaxBytes the run's {@code email.max.bytes}: e-mails above it are dead letters
     */
    public static Expected of(Map<String, byte[]> sources, Function<String, String> contentType, long emailMaxBytes) {
        DocumentRedactor redactor = new DocumentRedactor(Policy.defaults());
        Map<String, byte[]> outputs = new TreeMap<>();
        Set<String> dead = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            String key = e.getKey();
            byte[] bytes = e.getValue();
            if (key.toLowerCase(java.util.Locale.ROOT).endsWith(".eml") && bytes.length > emailMaxBytes) {
                dead.add(key);
                continue;
            }
            try {
                outputs.put(key, redactor.redact(bytes, contentType.apply(key)).content());
            } catch (RejectedInputException ex) {
                dead.add(key);
            }
        }
        return new Expected(outputs, dead);
    }
}
