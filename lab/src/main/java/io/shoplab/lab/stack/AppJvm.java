package io.shoplab.lab.stack;

import java.util.List;

/**
 * The JVM flags of every Spring Boot app the lab starts: the monolith, each service, the gateway and
 * Eureka alike, so no stack is measured with a tuning the other lacks. The apps run on the JDK that runs
 * the lab (the {@code shoplab} launcher picks the newest one it finds).
 */
final class AppJvm {

    /**
     * Serial GC: on two cores shared by up to eight JVMs a collector with concurrent threads of its own
     * (G1, the default) competes with the requests it serves, and these heaps are small enough for
     * stop-the-world young collections of a few milliseconds. The heap starts small and grows as an app
     * needs it, up to a bound: without one each JVM would size itself for a quarter of the machine's
     * memory. The bound is the monolith's need under overload, when requests on virtual threads pile up
     * waiting for a database connection (256 MiB ran out there); an app that still runs out stops, to be seen.
     */
    static final List<String> FLAGS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError");

    /**
     * Whether the apps start with an {@link AotCache}: asked for with {@code SHOPLAB_AOT_CACHE=1}, and a JDK that
     * records and uses one in one step ({@code -XX:AOTCacheOutput}, JDK 25). Asked for, not by default, until its
     * gain on a whole stack is measured against its training runs (minutes, once per build); otherwise the apps
     * start as before, from a copy of their jar.
     */
    static boolean usesAotCache() {
        return "1".equals(System.getenv("SHOPLAB_AOT_CACHE"))
                && Runtime.version().feature() >= 25;
    }

    private AppJvm() {}
}
