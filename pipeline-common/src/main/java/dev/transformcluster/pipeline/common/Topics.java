package dev.transformcluster.pipeline.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline topics when missing, with a record size limit that fits whole e-mails. */
public final class Topics {

    private Topics() { }

    /**
     * The largest record any stage produces: a whole e-mail up to {@code emailMaxBytes}, which
     * redaction may lengthen (tags are longer than short values), plus headers.
     */
    public static int maxRecordBytes(long emailMaxBytes) {
        return (int) Math.min(Integer.MAX_VALUE - 1, emailMaxBytes * 2 + (1 << 20));
    }

    public static void ensure(String bootstrapServers, List<String> names, int partitions, int maxRecordBytes) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "transform-cluster-admin");
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, java.util.Optional.of(partitions), java.util.Optional.empty())
                            .configs(Map.of("max.message.bytes", Integer.toString(maxRecordBytes),
                                    "compression.type", "producer")));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + names + " at " + bootstrapServers + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
