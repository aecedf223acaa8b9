package io.shoplab.lab.load;

import io.shoplab.lab.stack.SpringBootApp;

/** Where load goes: the monolith itself, or the gateway in front of the microservices. */
public enum LoadTarget {
    monolith(8080, 18080),
    microservices(8090, 18090);

    private final int port;
    private final int managementPort;

    LoadTarget(int port, int managementPort) {
        this.port = port;
        this.managementPort = managementPort;
    }

    /** By address, not "localhost", which may resolve to ::1 where nothing listens. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String readinessUrl() {
        return SpringBootApp.readinessUrl(managementPort);
    }
}
