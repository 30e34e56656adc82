package dev.transformcluster.cli.dev;

import dev.transformcluster.cli.UserError;
import dev.transformcluster.embedded.EmbeddedS3;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code transform-cluster dev-s3}: an S3-compatible store (S3Proxy over the file system) on 127.0.0.1 serving
 * folders as buckets, running until SIGTERM. Credentials come from the same variables the AWS SDK reads, so the
 * pipeline's stages and this store agree without extra configuration.
 */
@Command(
        name = "dev-s3",
        mixinStandardHelpOptions = true,
        description = {
            "Runs an S3-compatible store (S3Proxy over the file system) on 127.0.0.1 until SIGTERM,",
            "serving each --bucket NAME=DIR folder as a bucket. Clients use path-style requests."
        })
public final class DevS3Command implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9000", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bucket", required = true, paramLabel = "NAME=DIR",
            description = "A bucket and the folder holding its objects (created when missing; repeatable).")
    Map<String, Path> buckets = new LinkedHashMap<>();

    @Option(names = "--access-key", defaultValue = "${env:AWS_ACCESS_KEY_ID:-" + EmbeddedS3.DEFAULT_ACCESS_KEY + "}",
            description = "Access key clients sign with (default: $AWS_ACCESS_KEY_ID, else "
                    + EmbeddedS3.DEFAULT_ACCESS_KEY + ").")
    String accessKey;

    @Option(names = "--secret-key", defaultValue = "${env:AWS_SECRET_ACCESS_KEY:-" + EmbeddedS3.DEFAULT_SECRET_KEY + "}",
            description = "Secret key (default: $AWS_SECRET_ACCESS_KEY, else the local default).",
            showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    String secretKey;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new UserError("--port " + port + " is not a TCP port (0-65535)");
        }
        EmbeddedS3 s3;
        try {
            s3 = EmbeddedS3.start(buckets, port, accessKey, secretKey);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UserError("cannot start the S3 store on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        System.out.println("dev-s3: endpoint " + s3.endpoint() + " buckets " + buckets.keySet()
                + " access key " + s3.accessKey());
        System.out.flush();
        return UntilSignal.run(s3, "dev-s3");
    }
}
