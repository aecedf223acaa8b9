package io.shoplab.lab.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import io.shoplab.lab.shopapi.OrderIntent;
import io.shoplab.lab.shopapi.RequestRecord;
import io.shoplab.lab.shopapi.ShopApi;

/**
 * The run's load: {@code clients} virtual customers, each its own thread, together starting about
 * {@code rate} journeys per second (browse 35 %, product page 30 %, review 10 %, order 25 %), each
 * customer's sequence of journeys drawn from a generator seeded by the campaign's seed, the run and the
 * customer. An order is retried with the same key and body on 409, 429, 502, 503, 504, a timeout or a failed
 * connection, after a growing pause (honouring {@code Retry-After}), at most {@value #MAX_ATTEMPTS}
 * attempts within {@value #RETRY_BUDGET_MS} ms. Bounded in count and time: no journey starts after the
 * stop time, which only ever moves earlier than the hard limit given at the start.
 */
final class LoadDriver {

    static final int MAX_ATTEMPTS = 6;
    static final long RETRY_BUDGET_MS = 12_000;
    private static final List<Integer> RETRIED = List.of(0, 409, 429, 502, 503, 504);

    private final ShopApi shop;
    private final History history;
    private final ChaosSettings settings;
    private final int run;
    private final String customerPrefix;
    private final List<OrderIntent> intents = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private volatile long stopAtMillis;

    /** @param customerPrefix unique in the database, e.g. "chaos-k3x9-r02": customers are PREFIX-c0, PREFIX-c1, … */
    LoadDriver(ShopApi shop, History history, ChaosSettings settings, int run, String customerPrefix) {
        this.shop = shop;
        this.history = history;
        this.settings = settings;
        this.run = run;
        this.customerPrefix = customerPrefix;
    }

    /** Starts every customer at once; none starts a journey after {@code hardStopMillis} (epoch ms). */
    void start(long startMillis, long hardStopMillis) {
        stopAtMillis = hardStopMillis;
        int clients = settings.clients();
        long intervalMillis = Math.max(1, Math.round(1000 * clients / settings.rate()));
        long maxJourneys = (hardStopMillis - startMillis) / intervalMillis + 1;
        for (int client = 0; client < clients; client++) {
            int number = client;
            long firstSlot = startMillis + intervalMillis * client / clients;
            Thread thread = FaultInjector.daemon(
                    "chaos-client-" + client, () -> drive(number, firstSlot, intervalMillis, maxJourneys));
            threads.add(thread);
            thread.start();
        }
    }

    /** Moves the stop earlier (never later): journeys under way finish, orders without further retries. */
    void stopAt(long epochMillis) {
        stopAtMillis = Math.min(stopAtMillis, epochMillis);
    }

    /** Waits for the customers to finish their last journeys. */
    void await(Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    List<String> customers() {
        return IntStream.range(0, settings.clients()).mapToObj(this::customerOf).toList();
    }

    List<OrderIntent> intents() {
        synchronized (intents) {
            return List.copyOf(intents);
        }
    }

    private String customerOf(int client) {
        return customerPrefix + "-c" + client;
    }

    private void drive(int client, long firstSlot, long intervalMillis, long maxJourneys) {
        Random random = new Random(settings.seed() * 1_000_003L + run * 1_009L + client);
        int orders = 0;
        long slot = firstSlot;
        for (long journey = 0; journey < maxJourneys; journey++) {
            if (!sleepUntil(slot) || System.currentTimeMillis() >= stopAtMillis) {
                return;
            }
            int kind = random.nextInt(100);
            if (kind < 35) {
                history.record(shop.browse(client, random.nextInt(5)));
            } else if (kind < 65) {
                history.record(shop.productPage(client, 1 + random.nextInt(100)));
            } else if (kind < 75) {
                history.record(shop.review(
                        client,
                        1 + random.nextInt(100),
                        "chaos-c" + client,
                        1 + random.nextInt(5),
                        "run " + run + ", journey " + journey));
            } else {
                order(client, OrderIntent.draw(customerOf(client), client, orders++, random));
            }
            slot = Math.max(slot + intervalMillis, System.currentTimeMillis());
        }
    }

    private void order(int client, OrderIntent intent) {
        intents.add(intent);
        long began = System.currentTimeMillis();
        for (int attempt = 1; ; attempt++) {
            RequestRecord answer = shop.placeOrder(client, intent, attempt);
            history.record(answer);
            if (answer.status() == 201) {
                if (intent.resubmit()) {
                    history.record(shop.placeOrder(client, intent, attempt + 1));
                }
                return;
            }
            long now = System.currentTimeMillis();
            if (!RETRIED.contains(answer.status())
                    || attempt >= MAX_ATTEMPTS
                    || now - began > RETRY_BUDGET_MS
                    || now >= stopAtMillis
                    || !sleepUntil(now + pause(attempt, answer.retryAfterSeconds()))) {
                return;
            }
        }
    }

    /** 250 ms, 500 ms, 1 s, 2 s, … at most 2 s, or what {@code Retry-After} asks up to 2 s; plus up to 100 ms jitter. */
    static long pause(int attempt, int retryAfterSeconds) {
        long backoff = Math.min(2_000, 250L << Math.min(attempt - 1, 4));
        long asked = retryAfterSeconds > 0 ? Math.min(2_000, retryAfterSeconds * 1_000L) : 0;
        return Math.max(backoff, asked) + ThreadLocalRandom.current().nextInt(100);
    }

    private static boolean sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait <= 0) {
            return true;
        }
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
