package io.shoplab.lab.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.shoplab.lab.LabException;
import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void readsMemorySizesAsDockerWritesThem() {
        assertThat(Budget.parseMemory("768m")).isEqualTo(768L << 20);
        assertThat(Budget.parseMemory("1G")).isEqualTo(1L << 30);
        assertThat(Budget.parseMemory("1.5g")).isEqualTo(3L << 29);
        assertThat(Budget.parseMemory("512k")).isEqualTo(512L << 10);
        assertThat(Budget.parseMemory("1048576")).isEqualTo(1L << 20);
        assertThatThrownBy(() -> Budget.parseMemory("lots"))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("'lots'");
        assertThatThrownBy(() -> Budget.parseMemory("-1m")).isInstanceOf(LabException.class);
    }

    @Test
    void describesItselfForStatus() {
        assertThat(new Budget(0.5, 768L << 20).describe()).isEqualTo("0.5 CPU, 768 MiB");
        assertThat(new Budget(2, 0).describe()).isEqualTo("2 CPU, no memory limit");
        assertThat(Budget.NONE.describe()).isEqualTo("-");
    }

    @Test
    void aComponentsOwnBudgetComesBeforeItsServicesAndTheNodes() {
        Budget node = new Budget(0.5, 768L << 20);
        Budget catalog = new Budget(1, 1L << 30);
        Budget second = new Budget(0.25, 512L << 20);
        Budgets budgets = new Budgets(node, Map.of("catalog-service", catalog, "catalog-service-2", second));

        assertThat(budgets.of("catalog-service-3", "catalog-service")).isEqualTo(catalog);
        assertThat(budgets.of("catalog-service-2", "catalog-service")).isEqualTo(second);
        assertThat(budgets.of("postgres", "postgres")).isEqualTo(node);
        assertThat(Budgets.NONE.isNone()).isTrue();
        assertThat(budgets.isNone()).isFalse();
    }
}
