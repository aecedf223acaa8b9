package io.shoplab.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The boundaries hold in the code as built. Every rule also fails when its classes are missing (an
 * unbuilt module), so it cannot pass by checking nothing.
 */
class ShopBoundariesTest {

    private static final JavaClasses SHOP = BuiltClasses.ofEveryModule();
    private static final ShopBoundaries BOUNDARIES = new ShopBoundaries("io.shoplab");

    @Test
    void domainModulesStayApart() {
        BOUNDARIES.modulesStayApart().check(SHOP);
    }

    @Test
    void domainModulesAreReachedOnlyThroughTheirFace() {
        BOUNDARIES.modulesShowOneFace().check(SHOP);
    }

    @Test
    void aServiceRunsOneDomainModuleAtMost() {
        BOUNDARIES.servicesRunOneModuleEach().check(SHOP);
    }

    @Test
    void theGatewayAndDiscoveryUseNoShopCode() {
        BOUNDARIES.gatewayAndDiscoveryKnowNoShopCode().check(SHOP);
    }

    @Test
    void theLabUsesNoShopCode() {
        BOUNDARIES.labKnowsNoShopCode().check(SHOP);
    }

    @Test
    void theLabsPackagesFormNoCycle() {
        BOUNDARIES.labPackagesFormNoCycle().check(SHOP);
    }
}
