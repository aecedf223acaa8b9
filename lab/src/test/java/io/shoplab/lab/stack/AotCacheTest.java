package io.shoplab.lab.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.process.LaunchSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path target;

    @Test
    void theSameBuildOfAJarKeepsItsCacheAndARebuildGetsANewOne() throws IOException {
        Path jar = build("first build", Instant.parse("2026-12-05T10:00:00Z"));
        AotCache first = AotCache.of(jar);
        Files.createDirectories(first.directory());
        Files.writeString(first.cacheFile(), "recorded");

        assertThat(AotCache.of(jar)).as("the same jar, read again").isEqualTo(first);
        assertThat(AotCache.of(jar).isReady()).isTrue();
        assertThat(first.directory().getParent()).isEqualTo(target.resolve("aot"));
        assertThat(first.extractedJar()).isEqualTo(first.directory().resolve("app/app.jar"));

        AotCache rebuilt = AotCache.of(build("second build", Instant.parse("2026-12-05T11:00:00Z")));
        assertThat(rebuilt.directory()).isNotEqualTo(first.directory());
        assertThat(rebuilt.isReady()).isFalse();
    }

    @Test
    void aRebuildOfTheSameSizeGetsANewOneToo() throws IOException {
        AotCache first = AotCache.of(build("build A", Instant.parse("2026-12-05T10:00:00Z")));

        AotCache rebuilt = AotCache.of(build("build B", Instant.parse("2026-12-05T10:05:00Z")));

        assertThat(rebuilt.directory()).isNotEqualTo(first.directory());
    }

    @Test
    void theTrainingRunIsTheStartRecordingInsteadOfUsingAndStoppingAfterTheRefresh() throws IOException {
        AotCache cache = AotCache.of(build("a build", Instant.parse("2026-12-05T10:00:00Z")));
        List<String> start = List.of(
                "/jdk/bin/java",
                "-XX:+UseSerialGC",
                cache.useFlag(),
                "-jar",
                cache.extractedJar().toString(),
                "--server.port=8081",
                "--spring.profiles.active=faults");

        assertThat(cache.trainingCommand(start))
                .containsExactly(
                        "/jdk/bin/java",
                        "-XX:+UseSerialGC",
                        "-XX:AOTCacheOutput=" + cache.directory().resolve("app.aot.recording"),
                        "-Dspring.context.exit=onRefresh",
                        "-jar",
                        cache.extractedJar().toString(),
                        "--server.port=8081",
                        "--spring.profiles.active=faults");
        assertThat(cache.useFlag())
                .isEqualTo("-XX:AOTCache=" + cache.directory().resolve("app.aot"));
    }

    @Test
    void withoutTheCacheTheStartLeavesOutOnlyItsFlag() throws IOException {
        AotCache cache = AotCache.of(build("a build", Instant.parse("2026-12-05T10:00:00Z")));
        LaunchSpec start = new LaunchSpec(
                List.of(
                        "/jdk/bin/java",
                        cache.useFlag(),
                        "-jar",
                        cache.extractedJar().toString()),
                Map.of("EUREKA_URL", "http://127.0.0.1:8761/eureka"),
                target,
                target.resolve("app.log"),
                List.of());

        LaunchSpec without = cache.withoutCache(start);

        assertThat(without.command())
                .containsExactly("/jdk/bin/java", "-jar", cache.extractedJar().toString());
        assertThat(without.environment()).isEqualTo(start.environment());
    }

    @Test
    void ofTheOlderBuildsOnlyTheNewestIsKept() throws IOException {
        Path oldest = olderBuild("1-a", Instant.parse("2026-12-05T08:00:00Z"));
        Path previous = olderBuild("1-c", Instant.parse("2026-12-05T09:00:00Z"));
        Path older = olderBuild("1-b", Instant.parse("2026-12-05T08:30:00Z"));
        AotCache current = AotCache.of(build("current build", Instant.parse("2026-12-05T10:00:00Z")));
        Files.createDirectories(current.directory());

        current.removeOlderBuilds();

        assertThat(current.directory()).exists();
        assertThat(previous).exists();
        assertThat(oldest).doesNotExist();
        assertThat(older).doesNotExist();
    }

    private Path olderBuild(String key, Instant madeAt) throws IOException {
        Path directory = target.resolve("aot").resolve(key);
        Files.createDirectories(directory.resolve("app/lib"));
        Files.writeString(directory.resolve("app.aot"), "recorded");
        Files.setLastModifiedTime(directory, FileTime.from(madeAt));
        return directory;
    }

    private Path build(String content, Instant builtAt) throws IOException {
        Path jar = target.resolve("app.jar");
        Files.writeString(jar, content);
        Files.setLastModifiedTime(jar, FileTime.from(builtAt));
        return jar;
    }
}
