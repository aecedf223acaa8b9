package io.shoplab.lab.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.shoplab.lab.stack.BothShops;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.LabJournal;
import io.shoplab.lab.stack.LabStack;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StateStore;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch page in a real browser: both shops on free ports (shared with the other end-to-end tests),
 * product pages asked through the gateway a few times a second (load from elsewhere, as a user's curl loop), the page open in headless
 * Chromium; reviews-service killed, then started again. Asserted from the page's DOM. A screenshot of
 * the page with reviews-service down is kept in {@code target/watch/}. Needs the app jars (run after
 * {@code package}) and Debian's {@code chromium} (CI installs it).
 */
@ExtendWith(BothShops.class)
class WatchEndToEndTest {
    private static final Path SCREENSHOT = Path.of("target/watch/reviews-service-killed.png");
    /** "Within a few seconds" on a quiet machine; a busy shared one gets more. */
    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(30);

    private static final String REVIEWS = "document.querySelector('[data-part=\"reviews-service\"]')?.dataset.state";
    private static final String DEGRADED_PER_SECOND =
            "document.querySelector('.stack[data-stack=\"microservices\"] [data-figure=\"degraded\"] b')?.textContent";

    @TempDir
    static Path work;

    private static LabStack stack;
    private static Watch watch;
    private static HeadlessChromium chromium;
    private static final ScheduledExecutorService shopper = Executors.newSingleThreadScheduledExecutor();

    @BeforeAll
    static void openWatchAndBrowser(LabStack bothShops) throws Exception {
        Path browser = HeadlessChromium.installed().orElse(null);
        assumeTrue(browser != null, "no chromium on the PATH (Debian: apt-get install chromium)");
        stack = bothShops;
        StateStore store = new StateStore(stack.layout().stateFile());
        watch = Watch.start(
                PartsSource.local(store), new LabJournal(stack.layout().journalFile()), 0);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest productPage = HttpRequest.newBuilder(stack.baseUrl().resolve("/api/products/3"))
                .timeout(Duration.ofSeconds(2))
                .build();
        shopper.scheduleAtFixedRate(
                () -> http.sendAsync(productPage, HttpResponse.BodyHandlers.discarding()),
                0,
                200,
                TimeUnit.MILLISECONDS);
        Files.createDirectories(work.resolve("chromium-profile"));
        chromium = HeadlessChromium.open(browser, watch.url(), work.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopAll() {
        shopper.shutdownNow();
        if (chromium != null) {
            chromium.close();
        }
        if (watch != null) {
            watch.close();
        }
    }

    @Test
    void showsReviewsDownAndProductPagesDegradedThenUpAgain() throws Exception {
        StateStore store = new StateStore(stack.layout().stateFile());
        ComponentControl control = new ComponentControl(store, System.out, Duration.ofMinutes(4));
        RunningComponent reviews = store.load().find("reviews-service").orElseThrow();
        await("reviews-service up on the page")
                .until(() -> chromium.evaluate(REVIEWS).equals("up"));

        control.kill(reviews);
        new LabJournal(stack.layout().journalFile()).record("kill reviews-service");

        await("reviews-service down on the page")
                .until(() -> chromium.evaluate(REVIEWS).equals("down"));
        await("degraded product pages on the page").until(() -> parses(chromium.evaluate(DEGRADED_PER_SECOND)) > 0);
        // The journal is read on the page's own tick, which may come after the states above.
        await("the kill marked on the page")
                .until(() -> chromium.evaluate("document.getElementById('marks').textContent")
                        .contains("kill reviews-service"));
        chromium.screenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();

        control.start(reviews.component());

        await("reviews-service up again on the page")
                .until(() -> chromium.evaluate(REVIEWS).equals("up"));
    }

    private static ConditionFactory await(String what) {
        return Awaitility.await(what).atMost(SHOWN_WITHIN).pollInterval(Duration.ofMillis(500));
    }

    private static double parses(String figure) {
        try {
            return Double.parseDouble(figure);
        } catch (NumberFormatException | NullPointerException notANumber) {
            return 0;
        }
    }
}
