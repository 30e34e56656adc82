package dev.transformcluster.pipeline.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Resolved values of a set of {@link ConfigKey}s. Precedence, lowest first: the key's default,
 * a properties file, environment variables ({@code TC_*}), then explicit overrides (flags).
 * Every key is validated at construction; all problems are reported in one message.
 */
public final class Settings {

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param keys      the keys this component understands
     * @param file      an optional properties file (keys as named), may be null
     * @param env       environment variables (usually {@code System.getenv()})
     * @param overrides values from flags; null values are ignored
     */
    public static Settings resolve(List<ConfigKey> keys, Path file, Map<String, String> env,
                                   Map<String, String> overrides) {
        Properties fromFile = new Properties();
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file)) {
                fromFile.load(r);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
            }
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ConfigKey key : keys) {
            String v = key.defaultValue();
            String origin = "default";
            if (fromFile.containsKey(key.name())) {
                v = fromFile.getProperty(key.name()).trim();
                origin = "file " + file;
            }
            if (env.get(key.envName()) != null) {
                v = env.get(key.envName()).trim();
                origin = "environment variable " + key.envName();
            }
            if (overrides.get(key.name()) != null) {
                v = overrides.get(key.name()).trim();
                origin = "flag " + key.flagName();
            }
            if (v == null) {
                problems.add(key.name() + " is required: set " + key.flagName() + " or " + key.envName());
            } else if (!key.valid().test(v)) {
                problems.add(key.name() + " (from " + origin + ") " + key.expectation() + ", got '" + v + "'");
            } else {
                resolved.put(key.name(), v);
            }
        }
        for (String name : fromFile.stringPropertyNames()) {
            if (keys.stream().noneMatch(k -> k.name().equals(name))) {
                problems.add("unknown key '" + name + "' in " + file);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
        return new Settings(resolved);
    }

    public String string(ConfigKey key) {
        return values.get(key.name());
    }

    public int integer(ConfigKey key) {
        return Integer.parseInt(values.get(key.name()).trim());
    }

    public long longValue(ConfigKey key) {
        return Long.parseLong(values.get(key.name()).trim());
    }

    public boolean bool(ConfigKey key) {
        return Boolean.parseBoolean(values.get(key.name()).trim());
    }

    /** A comma-separated list; empty when the value is blank. */
    public List<String> list(ConfigKey key) {
        String v = values.get(key.name());
        List<String> out = new ArrayList<>();
        for (String part : v.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** Renders a Markdown table of keys (name, env var, default, doc) for the README. */
    public static String markdownTable(String component, List<ConfigKey> keys) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Key (`").append(component).append("`) | Environment | Default | Description |\n");
        sb.append("|---|---|---|---|\n");
        for (ConfigKey k : keys) {
            sb.append("| `").append(k.name()).append("` | `").append(k.envName()).append("` | ")
                    .append(k.isRequired() ? "*required*" : k.defaultValue().isEmpty() ? "" : "`" + k.defaultValue() + "`")
                    .append(" | ").append(k.doc()).append(" |\n");
        }
        return sb.toString();
    }
}
