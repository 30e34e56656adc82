package dev.transformcluster.redactstream;

import dev.transformcluster.pipeline.common.config.ConfigException;
import dev.transformcluster.redactor.Policy;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a policy file, turning problems into a configuration error that names the file. */
public final class PolicyFiles {

    private PolicyFiles() { }

    public static Policy load(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigException("policy file " + file + " does not exist or is not readable: fix policy");
        }
        try {
            return Policy.load(file);
        } catch (Policy.InvalidPolicyException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
