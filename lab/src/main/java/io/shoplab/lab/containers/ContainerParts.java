package io.shoplab.lab.containers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.stack.StackParts;

/** The project's containers the lab knows, at one moment: PostgreSQL first, then in the Compose file's order, by number. */
public record ContainerParts(List<ContainerPart> components) implements StackParts {

    public ContainerParts {
        components = List.copyOf(components);
    }

    static ContainerParts of(List<ContainerInfo> containers, LabLayout layout) {
        return new ContainerParts(containers.stream()
                .flatMap(
                        container -> ComposeService.named(container.service())
                                .map(service -> ContainerPart.of(container, service, layout))
                                .stream())
                .sorted(Comparator.comparing(
                                (ContainerPart part) -> part.service().ordinal())
                        .thenComparingInt(part -> part.container().number()))
                .toList());
    }

    @Override
    public Optional<ContainerPart> find(String nameOrAlias) {
        return components.stream().filter(part -> part.answersTo(nameOrAlias)).findFirst();
    }

    /** The live apps, for the fault targets. */
    public List<ContainerApp> liveApps() {
        return components.stream()
                .filter(ContainerPart::isAlive)
                .map(ContainerPart::app)
                .filter(app -> app != null)
                .toList();
    }

    /** Every container of one service, first one first. */
    List<ContainerPart> of(ComposeService service) {
        return components.stream().filter(part -> part.service() == service).toList();
    }
}
