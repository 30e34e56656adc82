package dev.transformcluster.cli.pipeline;

import dev.transformcluster.cli.UserError;
import dev.transformcluster.pipeline.common.config.ConfigException;
import dev.transformcluster.pipeline.common.config.ConfigKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns a stage's config keys into command-line flags, so the keys stay the single source of
 * truth: {@code bootstrap.servers} becomes {@code --bootstrap-servers}, with the key's doc, default
 * and environment variable in the help.
 */
final class ConfigFlags {

    private ConfigFlags() { }

    static CommandSpec add(CommandSpec spec, List<ConfigKey> keys) {
        for (ConfigKey k : keys) {
            if (spec.findOption(k.flagName()) != null) {
                continue;
            }
            boolean bool = "true".equals(k.defaultValue()) || "false".equals(k.defaultValue());
            OptionSpec.Builder b = OptionSpec.builder(k.flagName())
                    .type(String.class)
                    .paramLabel(bool ? "true|false" : "VALUE")
                    .description(k.doc() + " Env: " + k.envName() + "."
                            + (k.isRequired() ? " Required." : k.defaultValue().isEmpty() ? ""
                            : " Default: " + k.defaultValue() + "."));
            if (bool) {
                b.arity("0..1").fallbackValue("true");
            }
            spec.addOption(b.build());
        }
        return spec;
    }

    /** The values given on the command line, by key name. */
    static Map<String, String> values(CommandSpec spec, List<ConfigKey> keys) {
        Map<String, String> out = new HashMap<>();
        for (ConfigKey k : keys) {
            OptionSpec o = spec.findOption(k.flagName());
            if (o != null && o.getValue() != null) {
                out.put(k.name(), o.getValue());
            }
        }
        return out;
    }

    /** A step that reads configuration and may find it invalid ({@link ConfigException}). */
    @FunctionalInterface
    interface ConfigStep<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code step}; invalid configuration becomes a {@link UserError} (exit 1, its message as
     * the one line), as every command reports it. Other exceptions pass through.
     */
    static <T> T orUserError(ConfigStep<T> step) throws Exception {
        try {
            return step.run();
        } catch (ConfigException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Picocli hook type: subclasses name the keys of one stage. */
    abstract static class Transformer implements CommandLine.IModelTransformer {
        abstract List<ConfigKey> keys();

        @Override
        public CommandSpec transform(CommandSpec spec) {
            return add(spec, keys());
        }
    }
}
