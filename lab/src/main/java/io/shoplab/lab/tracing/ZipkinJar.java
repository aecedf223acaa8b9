package io.shoplab.lab.tracing;

import java.nio.file.Files;
import java.nio.file.Path;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.process.ForegroundCommand;

/**
 * Zipkin's executable server jar, {@code io.zipkin:zipkin-server:exec} from Maven Central: copied once into
 * {@code target/zipkin/} by Maven (through the local repository), so only the lab runs that trace download it.
 */
public final class ZipkinJar {

    static final String VERSION = "3.5.1";

    private ZipkinJar() {}

    /** Where it is, once resolved. */
    public static Path path(LabLayout layout) {
        return layout.root().resolve("target").resolve("zipkin").resolve("zipkin-server-" + VERSION + "-exec.jar");
    }

    /** Copies it there unless it is there already (Maven downloads it into its local repository the first time). */
    public static void resolve(LabLayout layout) {
        Path jar = path(layout);
        Path directory = jar.getParent();
        if (Files.exists(jar)) {
            return;
        }
        System.out.println("resolving Zipkin's server (io.zipkin:zipkin-server:" + VERSION
                + ":exec, about 130 MB) into " + directory);
        int exit = ForegroundCommand.maven(
                layout.root(),
                "-N",
                "dependency:copy",
                "-Dartifact=io.zipkin:zipkin-server:" + VERSION + ":jar:exec",
                "-DoutputDirectory=" + directory);
        if (exit != 0 || !Files.exists(jar)) {
            throw new LabException("could not resolve Zipkin's server (./mvnw exit " + exit
                    + "); tracing needs Maven Central or the jar in " + directory);
        }
    }
}
