package dev.transformcluster.embedded;

import java.util.List;

/**
 * Lowers the default log level of the embedded servers' own libraries (Kafka, jclouds, Jetty) to WARN when the
 * application logs through slf4j-simple, so a local run shows the pipeline's output rather than broker chatter.
 * Any level already set as a system property wins.
 */
final class QuietLogging {

    private static final List<String> NOISY = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "org.jclouds", "jclouds", "org.gaul", "org.eclipse.jetty");

    private QuietLogging() {
    }

    static void apply() {
        for (String logger : NOISY) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }
}
