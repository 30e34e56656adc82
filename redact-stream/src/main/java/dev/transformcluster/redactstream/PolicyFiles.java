package dev.transformcluster.redactstream;

import dev.transformcluster.pipeline.common.config.ConfigException;
import dev.transformcluster.redactor.Policy;
import java.nio.file.Path;

/** Loads a policy file, turning problems into a configuration error that names the file. */
public final class PolicyFiles {

    private PolicyFiles() { }

    public static Policy load(Path file) {
        // TODO(pipeline): switch to Policy.load(file) once the engine's policy loader is committed
        throw new ConfigException("policy files are not supported by this build yet: " + file);
    }
}
