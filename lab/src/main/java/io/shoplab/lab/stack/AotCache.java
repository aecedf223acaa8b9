package io.shoplab.lab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.shoplab.lab.Directories;
import io.shoplab.lab.process.LaunchSpec;

/**
 * The ahead-of-time cache (JDK 25, JEP 483/514/515) of one built jar: the classes an app loads and links
 * while it starts, and their profiles, recorded once by a training run and mapped by every later start.
 * The cache only serves the class path it was made with, so the jar is extracted
 * ({@code -Djarmode=tools extract}: the app's jar plus {@code lib/}) and every start runs from that
 * extraction. Both live in {@code target/aot/<key>/} beside the jar, the key naming the jar's size and
 * modification time and the JDK: a rebuilt jar gets a new directory, while apps started from the previous one keep
 * theirs (which also spares the copy of the jar taken otherwise at each start).
 *
 * @param jar the executable jar built by Maven
 * @param directory where its extraction and cache are kept
 */
public record AotCache(Path jar, Path directory) {

    /** The training stops once the application context is refreshed, before it serves anything. */
    static final String STOP_AFTER_REFRESH = "-Dspring.context.exit=onRefresh";

    private static final String USE_PREFIX = "-XX:AOTCache=";
    private static final String RECORD_PREFIX = "-XX:AOTCacheOutput=";
    private static final String APP_FOLDER = "app";
    private static final String CACHE_FILE = "app.aot";
    /** A cache serves only the JDK that made it, so the JDK is part of the key too. */
    private static final String JDK = System.getProperty("java.home") + " " + Runtime.version();
    /** Directories of older builds kept besides the current one: an app started from the last build may still run. */
    private static final int OLDER_BUILDS_KEPT = 1;

    /** The cache of the jar as it is now. */
    public static AotCache of(Path jar) {
        try {
            String key = Long.toHexString(Files.size(jar)) + "-"
                    + Long.toHexString(Files.getLastModifiedTime(jar).toMillis()) + "-"
                    + Integer.toHexString(JDK.hashCode());
            return new AotCache(jar, jar.resolveSibling("aot").resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    /** The extracted jar the apps start from. */
    public Path extractedJar() {
        return directory.resolve(APP_FOLDER).resolve(jar.getFileName());
    }

    public Path cacheFile() {
        return directory.resolve(CACHE_FILE);
    }

    /** The JVM flag that uses the cache; a JVM that finds it stale starts without it. */
    public String useFlag() {
        return USE_PREFIX + cacheFile();
    }

    public boolean isReady() {
        return Files.isRegularFile(cacheFile());
    }

    /** The start as it must run while the cache is missing: JDK 25 refuses to start with a cache file that does not exist. */
    LaunchSpec withoutCache(LaunchSpec start) {
        List<String> command = start.command().stream()
                .filter(argument -> !argument.equals(useFlag()))
                .toList();
        return new LaunchSpec(
                command, start.environment(), start.workingDirectory(), start.logFile(), start.snapshots());
    }

    /**
     * The training run: the app's own start (same JVM flags, class path, arguments and environment),
     * recording into a temporary file instead of using the cache, and stopping after the refresh.
     */
    List<String> trainingCommand(List<String> startCommand) {
        return startCommand.stream()
                .flatMap(argument -> argument.equals(useFlag())
                        ? Stream.of(RECORD_PREFIX + recording(), STOP_AFTER_REFRESH)
                        : Stream.of(argument))
                .toList();
    }

    /**
     * Extracts the jar and runs the training when not done yet, each into a temporary name renamed once
     * complete, so an interrupted step is redone rather than used. Older builds' directories go, but the
     * newest of them. Returns whether the cache is ready; when not, the app starts without it ({@link #withoutCache}).
     */
    boolean prepare(LaunchSpec start, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try {
            Files.createDirectories(directory);
            Files.createDirectories(start.logFile().toAbsolutePath().getParent());
            if (Files.notExists(extractedJar())) {
                Path extracting = directory.resolve(APP_FOLDER + ".extracting");
                Directories.deleteRecursively(extracting);
                run(
                        List.of(
                                start.command().get(0),
                                "-Djarmode=tools",
                                "-jar",
                                jar.toString(),
                                "extract",
                                "--destination",
                                extracting.toString()),
                        start,
                        deadline);
                Files.move(extracting, directory.resolve(APP_FOLDER), StandardCopyOption.ATOMIC_MOVE);
            }
            if (!isReady() && run(trainingCommand(start.command()), start, deadline)) {
                Files.move(recording(), cacheFile(), StandardCopyOption.ATOMIC_MOVE);
            }
            removeOlderBuilds();
            return isReady();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the AOT cache in " + directory, e);
        }
    }

    private Path recording() {
        return directory.resolve(CACHE_FILE + ".recording");
    }

    private static boolean run(List<String> command, LaunchSpec start, Instant deadline) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(start.workingDirectory().toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(start.logFile().toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(start.environment());
        Process process = builder.start();
        try {
            if (!process.waitFor(
                    Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS)) {
                destroyWithChildren(process);
                return false;
            }
            return process.exitValue() == 0;
        } catch (InterruptedException e) {
            destroyWithChildren(process);
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The training JVM starts another to assemble the cache, which would outlive it. */
    private static void destroyWithChildren(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Keeps the newest of the older builds' directories: an app started from it may still run. */
    void removeOlderBuilds() throws IOException {
        try (Stream<Path> builds = Files.list(directory.getParent())) {
            List<Path> older = builds.filter(build -> !build.equals(directory))
                    .sorted(Comparator.comparing(AotCache::lastModified).reversed())
                    .toList();
            for (Path build : older.subList(Math.min(OLDER_BUILDS_KEPT, older.size()), older.size())) {
                Directories.deleteRecursively(build);
            }
        }
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
