package io.shoplab.containers;

import java.util.Optional;

import io.shoplab.lab.containers.ContainerStack;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the stack test only when asked to ({@code shop.containers}, set by {@code -Pcontainers}) and when
 * this machine can, as the lab decides for {@code --platform compose}: a container engine answering and a
 * Compose client. Otherwise the test is reported skipped with the reason; with {@code shop.containers.required}
 * (CI) a machine that cannot is a failure instead.
 */
final class ContainerPrerequisites implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean("shop.containers")) {
            return ConditionEvaluationResult.disabled("the container end-to-end test is opt-in: ./mvnw -Pcontainers ..."
                    + " (it builds eight images and runs ten containers for several minutes)");
        }
        Optional<String> reason = ContainerStack.unavailable(System.getenv());
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("a container engine and a Compose client answer");
        }
        if (Boolean.getBoolean("shop.containers.required")) {
            throw new IllegalStateException("Containers are required (shop.containers.required) but " + reason.get());
        }
        System.out.println("container stack: skipped: " + reason.get());
        return ConditionEvaluationResult.disabled(reason.get());
    }
}
