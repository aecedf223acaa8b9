package io.shoplab.lab.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lab's jar carries PostgreSQL for every platform it is built for, under the names zonky looks for. */
class PostgresBinariesTest {

    @Test
    void carriesLinuxAndMacOsOnX8664AndArm64() {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(List.of(
                        "postgres-linux-x86_64.txz",
                        "postgres-linux-arm_64.txz",
                        "postgres-darwin-x86_64.txz",
                        "postgres-darwin-arm_64.txz"))
                .allSatisfy(archive ->
                        assertThat(loader.getResource(archive)).as(archive).isNotNull());
    }
}
