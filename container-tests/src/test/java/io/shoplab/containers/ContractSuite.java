package io.shoplab.containers;

import java.net.URI;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contract suite of contract-tests (its test-jar), unchanged, run through the JUnit launcher against
 * a running shop: {@code shop.baseUrl} is the suite's own switch for "test this shop, start nothing"
 * (its {@code ExternalShop}). Each run is a new launcher session, so the suite finds the new URL.
 */
final class ContractSuite {

    private static final String PACKAGE = "io.shoplab.contract";

    private ContractSuite() {}

    static TestExecutionSummary runAgainst(URI baseUrl) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage(PACKAGE))
                // The classes Surefire would pick: *Test, *Tests, Test*.
                .filters(ClassNameFilter.includeClassNamePatterns(ClassNameFilter.STANDARD_INCLUDE_PATTERN))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        String previous = System.setProperty("shop.baseUrl", baseUrl.toString());
        try {
            LauncherFactory.create().execute(request, summary, new FailurePrinter());
        } finally {
            if (previous == null) {
                System.clearProperty("shop.baseUrl");
            } else {
                System.setProperty("shop.baseUrl", previous);
            }
        }
        return summary.getSummary();
    }

    /** One line per failed contract test as it happens, so a long run shows its trouble early. */
    private static final class FailurePrinter implements TestExecutionListener {

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                System.out.printf(
                        "  FAILED %s: %s%n",
                        test.getLegacyReportingName(),
                        result.getThrowable()
                                .map(Throwable::getMessage)
                                .map(message -> message.lines().findFirst().orElse(""))
                                .orElse(""));
            }
        }
    }
}
