package io.shoplab.lab.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.process.LaunchSpec;

/**
 * A Spring Boot application started from a copy of its executable jar (taken at each start, so a
 * build can run meanwhile), bound to 127.0.0.1 and ready when its readiness health group says so.
 *
 * @param name component name, also its log file's name
 * @param jar the executable jar
 * @param port the HTTP port
 * @param environment variables for it (data source, discovery URL)
 * @param faults whether to activate the {@code faults} profile
 * @param dependsOn names of the components it needs
 */
public record SpringBootApp(String name, Path jar, int port, Map<String, String> environment,
                            boolean faults, List<String> dependsOn) {

    public Component toComponent(LabLayout layout) {
        LaunchSpec.Snapshot runnableJar = new LaunchSpec.Snapshot(jar, layout.runDirectory().resolve(name + ".jar"));
        List<String> command = new ArrayList<>(List.of(
                layout.javaExecutable(), "-jar", runnableJar.copy().toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        if (faults) {
            command.add("--spring.profiles.active=faults");
        }
        LaunchSpec launch = new LaunchSpec(command, environment, layout.root(), layout.logFile(name), List.of(runnableJar));
        return new Component(name, List.of(), port, launch, readinessUrl(port), null, dependsOn);
    }

    public static String readinessUrl(int port) {
        return "http://127.0.0.1:" + port + "/actuator/health/readiness";
    }
}
