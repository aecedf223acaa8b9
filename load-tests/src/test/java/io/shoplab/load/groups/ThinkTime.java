package io.shoplab.load.groups;

import static io.gatling.javaapi.core.CoreDsl.pause;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.shoplab.load.Config;

/** A short random pause between one user's calls, as a person reading a page would make. */
final class ThinkTime {

    private ThinkTime() {}

    static ChainBuilder of(Config config) {
        return pause(Duration.ZERO, Duration.ofMillis(config.maxPauseMillis()));
    }
}
