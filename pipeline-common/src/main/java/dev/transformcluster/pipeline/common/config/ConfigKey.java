package dev.transformcluster.pipeline.common.config;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * One configuration key: its dotted name, default (null = required), a doc string for the
 * README table, and a validation rule with a message that tells the operator what to change.
 * The environment variable is derived from the name: {@code bootstrap.servers} ->
 * {@code TC_BOOTSTRAP_SERVERS}; the command-line flag is {@code --bootstrap-servers}.
 */
public record ConfigKey(String name, String defaultValue, String doc, Predicate<String> valid, String expectation) {

    public static ConfigKey required(String name, String doc) {
        return new ConfigKey(name, null, doc, v -> !v.isBlank(), "must not be empty");
    }

    public static ConfigKey optional(String name, String defaultValue, String doc) {
        return new ConfigKey(name, defaultValue, doc, v -> true, "");
    }

    public static ConfigKey positiveInt(String name, int defaultValue, String doc) {
        return new ConfigKey(name, Integer.toString(defaultValue), doc, v -> parsesPositive(v, Integer.MAX_VALUE),
                "must be a whole number > 0");
    }

    public static ConfigKey positiveLong(String name, long defaultValue, String doc) {
        return new ConfigKey(name, Long.toString(defaultValue), doc, v -> parsesPositive(v, Long.MAX_VALUE),
                "must be a whole number > 0");
    }

    public static ConfigKey port(String name, int defaultValue, String doc) {
        return new ConfigKey(name, Integer.toString(defaultValue), doc,
                v -> v.matches("\\d{1,5}") && Integer.parseInt(v) <= 65535, "must be a port 0-65535 (0 = disabled)");
    }

    public static ConfigKey bool(String name, boolean defaultValue, String doc) {
        return new ConfigKey(name, Boolean.toString(defaultValue), doc,
                v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"), "must be true or false");
    }

    public static ConfigKey oneOf(String name, String defaultValue, String doc, String... allowed) {
        return new ConfigKey(name, defaultValue, doc, v -> java.util.Arrays.asList(allowed).contains(v),
                "must be one of " + String.join(", ", allowed));
    }

    public static ConfigKey s3Url(String name, String defaultValue, String doc) {
        Predicate<String> ok = v -> {
            try {
                S3Location.parse(v);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        };
        return new ConfigKey(name, defaultValue, doc, defaultValue == null ? ok : v -> v.isEmpty() || ok.test(v),
                "must look like s3://bucket/prefix");
    }

    public boolean isRequired() {
        return defaultValue == null;
    }

    public String envName() {
        return "TC_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String flagName() {
        return "--" + name.replace('.', '-');
    }

    private static boolean parsesPositive(String v, long max) {
        try {
            long n = Long.parseLong(v.trim());
            return n > 0 && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
