package io.shoplab.lab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part of the stacks listens on 127.0.0.1: the documented defaults for the CLI, or
 * ports free right now for a stack started by a test beside whatever else runs on the machine. Each app
 * has two: the shop's port and its management port (actuator endpoints), by app name in {@code management}.
 */
public record StackPorts(
        int postgres,
        int monolith,
        int discovery,
        int gateway,
        Map<ShopService, Integer> services,
        Map<String, Integer> management) {

    public static final int DEFAULT_POSTGRES = 15432;
    /** A default management port is the app's port plus this: 18080 for the monolith, as in the apps' own configuration. */
    public static final int MANAGEMENT_OFFSET = 10_000;

    public StackPorts {
        services = Map.copyOf(services);
        management = Map.copyOf(management);
    }

    public static StackPorts defaults() {
        Map<ShopService, Integer> services = new EnumMap<>(ShopService.class);
        Arrays.stream(ShopService.values()).forEach(service -> services.put(service, service.defaultPort()));
        Map<String, Integer> management =
                new HashMap<>(Map.of(Stacks.MONOLITH, 8080, Stacks.DISCOVERY, 8761, Stacks.GATEWAY, 8090));
        services.forEach((service, port) -> management.put(service.serviceName(), port));
        management.replaceAll((app, port) -> port + MANAGEMENT_OFFSET);
        return new StackPorts(DEFAULT_POSTGRES, 8080, 8761, 8090, services, management);
    }

    /** Distinct ports, each free when chosen (all sockets are held open together so none is chosen twice). */
    public static StackPorts free() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            Map<ShopService, Integer> services = new EnumMap<>(ShopService.class);
            Map<String, Integer> management = new HashMap<>();
            for (ShopService service : ShopService.values()) {
                services.put(service, hold(held));
                management.put(service.serviceName(), hold(held));
            }
            for (String app : List.of(Stacks.MONOLITH, Stacks.DISCOVERY, Stacks.GATEWAY)) {
                management.put(app, hold(held));
            }
            return new StackPorts(hold(held), hold(held), hold(held), hold(held), services, management);
        } catch (IOException e) {
            throw new UncheckedIOException("no free ports on the loopback interface", e);
        } finally {
            held.forEach(StackPorts::closeQuietly);
        }
    }

    public StackPorts withPostgres(int port) {
        return new StackPorts(port, monolith, discovery, gateway, services, management);
    }

    public int service(ShopService service) {
        return services.get(service);
    }

    /** The management port of an app, by its name ({@code monolith}, {@code catalog-service}). */
    public int management(String app) {
        return management.get(app);
    }

    /** A port free now, its socket held open until all are chosen. */
    private static int hold(List<ServerSocket> held) throws IOException {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        return socket.getLocalPort();
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Only held to reserve the number while choosing.
        }
    }
}
