package io.shoplab.lab.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;

/** Ports on the loopback interface, the only one the lab uses. */
public final class Ports {

    private Ports() {}

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nobody listens on right now. */
    public static int findFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on the loopback interface", e);
        }
    }

    /** A port nobody listens on right now, and none of {@code taken}, which it joins. */
    public static int findFree(Set<Integer> taken) {
        int port;
        do {
            port = findFree();
        } while (!taken.add(port));
        return port;
    }
}
