package io.shoplab.lab.stack;

import java.nio.file.Files;
import java.util.List;

import io.shoplab.lab.LabException;
import io.shoplab.lab.process.LaunchSpec;
import io.shoplab.lab.process.Ports;

/** What must hold before a component is launched, each failure with what to do about it. */
final class StartPreconditions {

    private StartPreconditions() {}

    static void require(Component component, LabState state) {
        for (String dependency : component.dependsOn()) {
            if (state.find(dependency).filter(RunningComponent::isAlive).isEmpty()) {
                throw new LabException(component.name() + " needs " + dependency + ", which is not running;"
                        + " start it first (or use `shoplab up`)");
            }
        }
        component.launch().snapshots().stream()
                .map(LaunchSpec.Snapshot::source)
                .filter(Files::notExists)
                .findFirst()
                .ifPresent(missing -> {
                    throw new LabException(missing + " does not exist; build it (./shoplab --rebuild ...) first");
                });
        List<Integer> ports = component.app() == null
                ? List.of(component.port())
                : List.of(component.port(), component.app().managementPort());
        for (int port : ports) {
            if (!Ports.isFree(port)) {
                throw new LabException("port " + port + " on 127.0.0.1 is taken by a process the lab did not start"
                        + " (or has lost track of); free it before starting " + component.name()
                        + " (`up --free-ports` runs beside it)");
            }
        }
    }
}
