package dev.transformcluster.cli;

import dev.transformcluster.redactor.Engine;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.operators.PseudonymKey;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the engine and policy the commands share, turning bad policy files into user errors. */
final class EngineFactory {

    private EngineFactory() { }

    /**
     * The effective policy: the file's (or the defaults), with {@code operator} (tag, mask,
     * pseudonym) overriding the default operator when given.
     */
    static Policy policy(Path file, String operator, Path keyFile) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new UserError(file + ": policy file not found");
        }
        try {
            PseudonymKey key = keyFile != null || System.getenv(PseudonymKey.ENV_VAR) != null
                    ? PseudonymKey.fromEnvOrFile(keyFile) : null;
            Policy policy = file == null ? Policy.defaults() : Policy.load(file, key);
            return operator == null ? policy : policy.withOperator(operator, key);
        } catch (Policy.InvalidPolicyException | PseudonymKey.KeyException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static Engine engine(Path policyFile) {
        return policyFile == null ? Engine.defaults() : policy(policyFile, null, null).engine();
    }
}
