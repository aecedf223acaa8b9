package io.shoplab.lab.stack;

import java.util.List;
import java.util.Optional;

/** Every part the lab runs on one platform, in start order: the local state file, or the Compose project's containers. */
public interface StackParts {

    List<? extends StackPart> components();

    Optional<? extends StackPart> find(String nameOrAlias);
}
