package io.shoplab.platform.faults;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import io.shoplab.platform.web.NotFoundException;

/** The faults in force in this application, by component, and the act of applying one. */
public class Faults {

    private final Set<String> components;
    private final Map<String, Fault> inForce = new ConcurrentHashMap<>();

    /** @param components the names this application takes: its modules and {@code database} */
    public Faults(Set<String> components) {
        this.components = Set.copyOf(components);
    }

    public Map<String, Fault> inForce() {
        return new TreeMap<>(inForce);
    }

    public void set(String component, Fault fault) {
        inForce.put(known(component), fault);
    }

    public void clear(String component) {
        inForce.remove(known(component));
    }

    public void clearAll() {
        inForce.clear();
    }

    /** Delays the caller by the component's latency, then fails it at the component's error rate. */
    public void apply(String component) {
        Fault fault = inForce.get(component);
        if (fault == null) {
            return;
        }
        if (fault.latencyMs() > 0) {
            try {
                Thread.sleep(fault.latencyMs());
            } catch (InterruptedException interrupted) {
                // A caller's time limiter gave up on us: stop here, as a slow component would be cut off.
                Thread.currentThread().interrupt();
                throw new InjectedFaultException(component);
            }
        }
        if (fault.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < fault.errorRate()) {
            throw new InjectedFaultException(component);
        }
    }

    private String known(String component) {
        if (!components.contains(component)) {
            throw new NotFoundException(
                    "No component '" + component + "' here; this application takes " + new TreeSet<>(components));
        }
        return component;
    }
}
