package io.shoplab.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ShopBoundaries} reports the fixture made to break it, and only what breaks it.
 * Empty class sets are allowed here, since a fixture holds only the parts its boundary needs.
 */
class ShopBoundariesCanFailTest {

    private static final String FIXTURES = "io.shoplab.architecture.fixtures";

    @Test
    void aModuleUsingAnotherModulesClass() {
        assertThat(violations(ShopBoundaries::modulesStayApart, "modulereach"))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("catalog.ShelfLabels", "inventory.StockCount"));
    }

    @Test
    void codeGoingAroundAModulesFacade() {
        assertThat(violations(ShopBoundaries::modulesShowOneFace, "backdoor"))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("monolith.ShelfPrices", "catalog.ShelfStore"));
    }

    @Test
    void aServiceCarryingASecondModule() {
        assertThat(violations(ShopBoundaries::servicesRunOneModuleEach, "twomodules"))
                .singleElement()
                .asString()
                .contains("service reviews", "[catalog, reviews]");
    }

    @Test
    void theGatewayUsingShopCode() {
        assertThat(violations(ShopBoundaries::gatewayAndDiscoveryKnowNoShopCode, "gatewayreach"))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("gateway.Fallback", "platform.Problems"));
    }

    @Test
    void theLabUsingShopCode() {
        assertThat(violations(ShopBoundaries::labKnowsNoShopCode, "labreach"))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("lab.OrderCheck", "orders.Order"));
    }

    @Test
    void labPackagesInACycle() {
        assertThat(violations(ShopBoundaries::labPackagesFormNoCycle, "labcycle"))
                .hasSize(2)
                .anySatisfy(cycle ->
                        assertThat(cycle).contains("Slice (root)", "Slice command", "Entry", "Commands", "LabFailure"))
                .anySatisfy(cycle -> assertThat(cycle).contains("Slice stack", "Slice state", "Stacks", "StateFile"));
    }

    private static List<String> violations(Function<ShopBoundaries, ArchRule> rule, String fixture) {
        String root = FIXTURES + "." + fixture;
        return rule.apply(new ShopBoundaries(root))
                .allowEmptyShould(true)
                .evaluate(new ClassFileImporter().importPackages(root))
                .getFailureReport()
                .getDetails();
    }
}
