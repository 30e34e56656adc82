package dev.transformcluster.cli.pipeline;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the pipeline stage commands share: their picocli spec (which holds the flags
 * {@link ConfigFlags} adds, one per config key) and {@code --config}, a properties file of config
 * keys. Flags override TC_* environment variables, which override the file.
 */
abstract class StageCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file of config keys.")
    Path configFile;
}
