package io.shoplab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The boundaries the design rests on, as ArchUnit rules over the packages under one root: the shop's
 * {@code io.shoplab}, or a fixture's package laid out the same way to show that a rule can fail.
 */
final class ShopBoundaries {

    private static final List<String> DOMAIN_MODULES = List.of("catalog", "inventory", "orders", "payments", "reviews");

    private final String root;

    ShopBoundaries(String root) {
        this.root = root;
    }

    /**
     * A domain module uses its own classes, the platform's and libraries', never another module's: what
     * it needs from another module it asks through a port of its own, which each assembly implements.
     */
    ArchRule modulesStayApart() {
        return CompositeArchRule.of(DOMAIN_MODULES.stream()
                        .map(module -> classes()
                                .that()
                                .resideInAPackage(packageOf(module))
                                .should()
                                .onlyDependOnClassesThat(outsideTheShop()
                                        .or(resideInAnyPackage(packageOf(module), packageOf("platform")))))
                        .toList())
                .as("each domain module uses only its own classes, the platform and libraries");
    }

    /**
     * Code outside a module (the assemblies' adapters and controllers) uses only the module's face: its
     * facade, where the faults are injected, its ports, and the records and enums they exchange.
     */
    ArchRule modulesShowOneFace() {
        String facade = root + ".platform.ModuleFacade";
        DescribedPredicate<JavaClass> face = DescribedPredicate.describe(
                "its facade, ports, records or enums",
                type -> type.isAnnotatedWith(facade) || type.isInterface() || type.isRecord() || type.isEnum());
        return CompositeArchRule.of(DOMAIN_MODULES.stream()
                        .map(module -> noClasses()
                                .that()
                                .resideOutsideOfPackage(packageOf(module))
                                .should()
                                .dependOnClassesThat(
                                        resideInAPackage(packageOf(module)).and(not(face))))
                        .toList())
                .as(
                        "the rest of the shop reaches each domain module only through its facade, ports, records and enums");
    }

    /** A service deploys one module: with a second one, two parts of the shop could no longer be deployed apart. */
    ArchRule servicesRunOneModuleEach() {
        return slices().matching(root + ".services.(*)..")
                .namingSlices("service $1")
                .should(dependOnAtMostOneDomainModule())
                .as("a service depends on one domain module at most");
    }

    /** The edge and the registry know the services only by their URLs and names. */
    ArchRule gatewayAndDiscoveryKnowNoShopCode() {
        return CompositeArchRule.of(List.of(knowsNoOtherShopCode("gateway"), knowsNoOtherShopCode("discovery")))
                .as("the gateway and discovery use no shop code");
    }

    /** The lab measures the shop from outside: processes, HTTP, the actuator endpoints. */
    ArchRule labKnowsNoShopCode() {
        return knowsNoOtherShopCode("lab");
    }

    /**
     * The lab's packages import each other one way only, so each can be read, tested and changed with what
     * is below it alone. Its root package, whose shared types every package uses, counts as a package too.
     */
    ArchRule labPackagesFormNoCycle() {
        return slices().assignedFrom(labPackages())
                .should()
                .beFreeOfCycles()
                .as("the lab's packages, its root package included, are free of cycles");
    }

    private ArchRule knowsNoOtherShopCode(String part) {
        return classes()
                .that()
                .resideInAPackage(packageOf(part))
                .should()
                .onlyDependOnClassesThat(outsideTheShop().or(resideInAPackage(packageOf(part))))
                .as("the " + part + " uses no shop code outside " + root + "." + part);
    }

    private ArchCondition<Slice> dependOnAtMostOneDomainModule() {
        return new ArchCondition<>("depend on one domain module at most") {
            @Override
            public void check(Slice slice, ConditionEvents events) {
                Set<String> modules = new TreeSet<>();
                for (Dependency dependency : slice.getDependenciesFromSelf()) {
                    moduleOf(dependency.getTargetClass()).ifPresent(modules::add);
                }
                events.add(new SimpleConditionEvent(
                        slice,
                        modules.size() <= 1,
                        slice.getDescription() + " depends on the domain modules " + modules));
            }
        };
    }

    /**
     * Each package right below the lab's, and the lab's own package as {@code (root)}: a pattern such as
     * {@code lab.(*)..} leaves the root package out, and with it every cycle through its shared types.
     */
    private SliceAssignment labPackages() {
        String lab = root + ".lab";
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                if (name.equals(lab)) {
                    return SliceIdentifier.of("(root)");
                }
                if (!name.startsWith(lab + ".")) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(name.substring(lab.length() + 1).split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "the packages of " + lab;
            }
        };
    }

    private Optional<String> moduleOf(JavaClass type) {
        return DOMAIN_MODULES.stream()
                .filter(module -> type.getPackageName().equals(root + "." + module)
                        || type.getPackageName().startsWith(root + "." + module + "."))
                .findFirst();
    }

    private DescribedPredicate<JavaClass> outsideTheShop() {
        return resideOutsideOfPackage(root + "..");
    }

    private String packageOf(String part) {
        return root + "." + part + "..";
    }
}
