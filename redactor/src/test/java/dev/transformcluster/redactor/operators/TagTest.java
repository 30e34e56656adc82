package dev.transformcluster.redactor.operators;

import dev.transformcluster.redactor.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class TagTest {

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void shouldReplaceAValueByItsTypeInAngleBrackets(EntityType type) {
        assertThat(new Tag().apply(type, "whatever value")).isEqualTo("<" + type.name() + ">");
    }
}
