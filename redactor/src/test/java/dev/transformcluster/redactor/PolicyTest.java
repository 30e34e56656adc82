package dev.transformcluster.redactor;

import dev.transformcluster.redactor.Policy.InvalidPolicyException;
import dev.transformcluster.redactor.operators.Mask;
import dev.transformcluster.redactor.operators.Pseudonym;
import dev.transformcluster.redactor.operators.PseudonymKey;
import dev.transformcluster.redactor.operators.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTest {

    private static final Map<String, String> NO_ENV = Map.of();

    static Path resource(String name) {
        try {
            return Path.of(PolicyTest.class.getResource("/policy/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    @Test
    void shouldTagEverythingByDefault() {
        Policy p = Policy.defaults();

        assertThat(p.enabled()).isEqualTo(EnumSet.allOf(EntityType.class));
        for (EntityType t : EntityType.values()) {
            assertThat(p.operatorFor(t)).isEqualTo(new Tag());
        }
        assertThat(p.attachments()).isEqualTo(Policy.AttachmentPolicy.PLACEHOLDER);
        assertThat(p.maxDocumentBytes()).isEqualTo(32L << 20);
    }

    @Test
    void shouldReadEveryKeyOfAYamlPolicy() throws Exception {
        Policy p = Policy.load(resource("full.yaml"), null, NO_ENV);

        assertThat(p.enabled()).containsExactlyInAnyOrder(EntityType.EMAIL_ADDRESS, EntityType.CREDIT_CARD, EntityType.PERSON, EntityType.IP_ADDRESS);
        assertThat(p.operatorFor(EntityType.EMAIL_ADDRESS)).isEqualTo(new Tag());
        assertThat(p.operatorFor(EntityType.CREDIT_CARD)).isEqualTo(new Mask('#', Map.of(EntityType.CREDIT_CARD, 4), true));
        assertThat(p.operatorFor(EntityType.PERSON)).isInstanceOf(Pseudonym.class);
        assertThat(((Pseudonym) p.operatorFor(EntityType.PERSON)).key())
                .isEqualTo(PseudonymKey.of("an example key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8)));
        assertThat(p.minScores()).containsExactly(Map.entry(EntityType.PERSON, 0.7));
        assertThat(p.attachments()).isEqualTo(Policy.AttachmentPolicy.DROP);
        assertThat(p.maxDocumentBytes()).isEqualTo(1_048_576);
    }

    @Test
    void shouldReadTheSamePolicyFromJson() throws Exception {
        Policy yaml = Policy.load(resource("full.yaml"), null, NO_ENV);
        Policy json = Policy.load(resource("full.json"), null, NO_ENV);

        assertThat(json.version()).isEqualTo(yaml.version());
    }

    @Test
    void shouldHaveAVersionThatDependsOnContentNotLayout() throws Exception {
        Policy full = Policy.load(resource("full.yaml"), null, NO_ENV);
        Policy reordered = Policy.load(resource("reordered.yaml"), null, NO_ENV);

        assertThat(reordered.version()).isEqualTo(full.version()).matches("[0-9a-f]{12}");
        assertThat(Policy.defaults().version()).isEqualTo(Policy.defaults().version()).isNotEqualTo(full.version());
    }

    @Test
    void shouldChangeTheVersionWithThePseudonymKey() throws Exception {
        PseudonymKey other = PseudonymKey.of("a different key, sixteen+ bytes".getBytes(StandardCharsets.UTF_8));

        Policy withFileKey = Policy.load(resource("full.yaml"), null, NO_ENV);
        Policy withOtherKey = Policy.load(resource("full.yaml"), other, NO_ENV);

        assertThat(withOtherKey.version()).isNotEqualTo(withFileKey.version());
        assertThat(withOtherKey.describe()).doesNotContain("different key");
    }

    @Test
    void shouldPreferTheEnvironmentKeyOverThePolicyKeyFile() throws Exception {
        String envKey = "key from the environment, long enough";

        Policy p = Policy.load(resource("full.yaml"), null, Map.of(PseudonymKey.ENV_VAR, envKey));

        assertThat(((Pseudonym) p.operatorFor(EntityType.PERSON)).key())
                .isEqualTo(PseudonymKey.of(envKey.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown-key.yaml      | unknown key 'mask.keepFirst'",
            "bad-type.yaml         | bad value 'E_MAIL' for 'enabled[1]'",
            "bad-operator.yaml     | unknown operator 'blur' for",
            "bad-score.yaml        | 'minScores.PERSON' must be a number in [0, 1]",
            "bad-attachments.yaml  | bad value 'shred' for 'attachments'",
            "bad-syntax.yaml       | not valid YAML at line",
            "bad-shape.yaml        | bad value for 'enabled': expected a list",
            "pseudonym-no-key.yaml | no pseudonym key",
            "missing.yaml          | policy file not found",
    })
    void shouldRefuseABadPolicyNamingTheFileAndTheProblem(String name, String problem) {
        Path file = name.equals("missing.yaml") ? resource("full.yaml").resolveSibling(name) : resource(name);

        assertThatThrownBy(() -> Policy.load(file, null, NO_ENV))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(problem);
    }

    @Test
    void shouldOverrideEveryTypesOperatorByName() throws Exception {
        Policy p = Policy.load(resource("full.yaml"), null, NO_ENV).withOperator("mask", null);

        for (EntityType t : EntityType.values()) {
            assertThat(p.operatorFor(t)).isEqualTo(new Mask('#', Map.of(EntityType.CREDIT_CARD, 4), true));
        }
    }

    @Test
    void shouldRefuseAPseudonymOverrideWithoutAKey() {
        assertThatThrownBy(() -> Policy.defaults().withOperator("pseudonym", null))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining(PseudonymKey.ENV_VAR);
        assertThatThrownBy(() -> Policy.defaults().withOperator("blur", null))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("tag, mask or pseudonym");
    }

    @Test
    void shouldBuildAnEngineForTheEnabledTypesOnce() throws Exception {
        Policy p = Policy.load(resource("full.yaml"), null, NO_ENV);

        assertThat(p.engine()).isSameAs(p.engine());
    }

    @Test
    void shouldLoadTheExamplePolicyShippedWithTheRepository() throws Exception {
        Path example = Path.of("..", "policies", "example-policy.yaml");

        Policy p = Policy.load(example, null, NO_ENV);

        assertThat(p.enabled()).isEqualTo(EnumSet.allOf(EntityType.class));
        assertThat(p.operatorFor(EntityType.CREDIT_CARD).apply(EntityType.CREDIT_CARD, "4821 7166 2640 9627")).isEqualTo("**** **** **** 9627");
        assertThat(p.operatorFor(EntityType.PERSON)).isEqualTo(new Tag());
    }
}
