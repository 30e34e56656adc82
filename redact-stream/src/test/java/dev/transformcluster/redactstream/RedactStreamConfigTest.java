package dev.transformcluster.redactstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.transformcluster.pipeline.common.config.ConfigException;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class RedactStreamConfigTest {

    @Test
    void shouldTakeTheInstanceIdFromNomadAllocIndex() {
        RedactStreamConfig c = RedactStreamConfig.load(null,
                Map.of("NOMAD_ALLOC_INDEX", "2", "TC_BOOTSTRAP_SERVERS", "k:9092"), Map.of());
        assertThat(c.instanceId()).isEqualTo("2");
        Properties p = RedactStreamApp.properties(c);
        assertThat(p.get(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)))
                .isEqualTo("tc-redact-stream-2");
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    }

    @Test
    void shouldUseDynamicMembershipWithoutAnInstanceId() {
        RedactStreamConfig c = RedactStreamConfig.load(null, Map.of(), Map.of("bootstrap.servers", "k:9092",
                "state.dir", "/tmp/x"));
        assertThat(RedactStreamApp.properties(c))
                .doesNotContainKey(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
    }

    @Test
    void shouldExplainABadPolicyPath() {
        RedactStreamConfig c = RedactStreamConfig.load(null, Map.of(), Map.of("bootstrap.servers", "k:9092",
                "policy", "/nonexistent/policy.yaml"));
        assertThatThrownBy(() -> Redaction.fromConfig(c)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("/nonexistent/policy.yaml");
    }

    @Test
    void shouldRejectAnInvalidApplicationId() {
        assertThatThrownBy(() -> RedactStreamConfig.load(null, Map.of(), Map.of("bootstrap.servers", "k:9092",
                "application.id", "has space")))
                .hasMessageContaining("application.id").hasMessageContaining("letters, digits");
    }
}
