package io.shoplab.lab.containers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.Platform;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.faults.Fault;
import io.shoplab.lab.faults.FaultClient;
import io.shoplab.lab.faults.FaultTargets;

/**
 * The experiments' lab on containers: the same kills, restarts, faults and scaling as {@link
 * io.shoplab.lab.control.LocalStackControl}, done to the Compose project's containers. The load reaches the
 * entrances on their published ports; fault endpoints and scaled services are reached at their container
 * addresses; CPU and memory are sampled from the containers' host processes where this machine sees them.
 */
public final class ComposeStackControl implements StackControl {

    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SCALE_TIMEOUT = Duration.ofMinutes(4);

    private final LabLayout layout;
    private final ContainerStack containers;
    private final PrintStream out;

    public ComposeStackControl(LabLayout layout, ContainerStack containers, PrintStream out) {
        this.layout = layout;
        this.containers = containers;
        this.out = out;
    }

    @Override
    public LabLayout layout() {
        return layout;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public Platform platform() {
        return Platform.COMPOSE;
    }

    @Override
    public String describePlatform() {
        return containers.describe();
    }

    @Override
    public String baseUrl(String stack) {
        return containers.baseUrl(stack);
    }

    @Override
    public Map<String, Long> pids(String stack) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (ContainerPart part : liveOf(stack)) {
            containers.workerPid(part).ifPresent(pid -> pids.put(part.name(), pid));
        }
        return pids;
    }

    @Override
    public List<String> liveParts(String stack) {
        return liveOf(stack).stream().map(ContainerPart::name).toList();
    }

    @Override
    public ContainerPart running(String name) {
        return containers.running(name);
    }

    @Override
    public void kill(String name) {
        containers.kill(name);
    }

    @Override
    public void restart(String name) {
        containers.start(name, RESTART_TIMEOUT);
    }

    /** Stopped containers in the Compose file's order, which starts what others need first. */
    @Override
    public void reviveAll() {
        List<ContainerPart> dead = containers.parts().components().stream()
                .filter(part -> !part.isAlive())
                .sorted(Comparator.comparing(ContainerPart::service))
                .toList();
        for (ContainerPart part : dead) {
            out.printf("  reviving %s for the next experiment%n", part.name());
            containers.start(part.name(), RESTART_TIMEOUT);
        }
    }

    @Override
    public void pause(String name) {
        containers.pause(name);
    }

    @Override
    public void resume(String name) {
        containers.resume(name);
    }

    @Override
    public void fault(String stack, String component, Fault fault) {
        for (ContainerApp app :
                FaultTargets.forComponent(containers.parts().liveApps(), Optional.of(stack), component)) {
            new FaultClient(app.managementUrl()).set(component, fault);
        }
    }

    @Override
    public void heal(String stack) {
        containers.paused(stack).forEach(containers::resume);
        for (ContainerApp app : FaultTargets.faultEndpoints(containers.parts().liveApps(), Optional.of(stack))) {
            new FaultClient(app.managementUrl()).clearAll();
        }
    }

    @Override
    public List<String> scale(String service, int count) {
        return containers.scale(service, count, SCALE_TIMEOUT).stream()
                .map(part -> part.app().baseUrl())
                .toList();
    }

    @Override
    public ContainerParts state() {
        return containers.parts();
    }

    @Override
    public OptionalDouble imagesMib(String stack) {
        return OptionalDouble.of(containers.imagesMib(stack));
    }

    private List<ContainerPart> liveOf(String stack) {
        return containers.parts().components().stream()
                .filter(part -> part.isAlive() && part.service().belongsTo(stack))
                .toList();
    }

    /** Compose gives containers their budgets when it creates them ({@code cpus}, {@code mem_limit}), not as they run. */
    @Override
    public Optional<String> applyBudgets(Budgets budgets) {
        return Optional.of("on containers the budgets are Compose's cpus and mem_limit, set at `up --platform compose"
                + " --node-cpus --node-memory`, not as they run");
    }
}
