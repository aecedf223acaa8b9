package io.shoplab.lab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part of the stacks listens on 127.0.0.1: the documented defaults for the CLI, or
 * ports free right now for a stack started by a test beside whatever else runs on the machine.
 */
public record StackPorts(int postgres, int monolith, int discovery, int gateway, Map<ShopService, Integer> services) {

    public static final int DEFAULT_POSTGRES = 15432;

    public StackPorts {
        services = Map.copyOf(services);
    }

    public static StackPorts defaults() {
        Map<ShopService, Integer> services = new EnumMap<>(ShopService.class);
        Arrays.stream(ShopService.values()).forEach(service -> services.put(service, service.defaultPort()));
        return new StackPorts(DEFAULT_POSTGRES, 8080, 8761, 8090, services);
    }

    /** Distinct ports, each free when chosen (all sockets are held open together so none is chosen twice). */
    public static StackPorts free() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 4 + ShopService.values().length; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            List<Integer> ports = sockets.stream().map(ServerSocket::getLocalPort).toList();
            Map<ShopService, Integer> services = new EnumMap<>(ShopService.class);
            Arrays.stream(ShopService.values()).forEach(service -> services.put(service, ports.get(4 + service.ordinal())));
            return new StackPorts(ports.get(0), ports.get(1), ports.get(2), ports.get(3), services);
        } catch (IOException e) {
            throw new UncheckedIOException("no free ports on the loopback interface", e);
        } finally {
            sockets.forEach(StackPorts::closeQuietly);
        }
    }

    public StackPorts withPostgres(int port) {
        return new StackPorts(port, monolith, discovery, gateway, services);
    }

    public int service(ShopService service) {
        return services.get(service);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Only held to reserve the number while choosing.
        }
    }
}
