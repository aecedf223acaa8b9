package io.shoplab.contract.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Whom and what the fuzz aims at: a few customer ids nobody else uses and a few well-stocked
 * products. Every customer id that goes into an order body as well-formed text is remembered, so the
 * fuzz can ask afterwards whether the shop stored an order for it.
 */
final class FuzzTargets {

    private final List<String> customers;
    private final List<Long> products;
    private final Set<String> customerIdsSent = new LinkedHashSet<>();

    private FuzzTargets(List<String> customers, List<Long> products) {
        this.customers = customers;
        this.products = products;
        customerIdsSent.addAll(customers);
    }

    /** Fresh customers on every run (a shop under test lives on), products picked by the seed. */
    static FuzzTargets create(long seed) {
        String run = "fuzz-" + UUID.randomUUID();
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> products = random.longs(1, 91).distinct().limit(3).boxed().toList();
        return new FuzzTargets(
                IntStream.rangeClosed(1, 3).mapToObj(n -> run + "-" + n).toList(), products);
    }

    List<String> customers() {
        return customers;
    }

    List<Long> products() {
        return products;
    }

    String customer(Chance chance) {
        return chance.pick(customers);
    }

    long product(Chance chance) {
        return chance.pick(products);
    }

    /** A valid customer id, sometimes dressed in unusual text. */
    String oddCustomer(Chance chance) {
        String customer = customer(chance);
        if (chance.chance(0.5)) {
            return customer;
        }
        String odd = chance.pick(HostileValues.ODD_TEXT);
        return chance.chance(0.5) ? odd + customer : customer + odd;
    }

    /** Remembers a customer id an order body carried, when it is text a lookup can take. */
    void sent(Object customerId) {
        if (customerId instanceof String text
                && !text.isBlank()
                && text.codePointCount(0, text.length()) <= 200
                && text.chars().noneMatch(c -> c == 0 || Character.isSurrogate((char) c))) {
            customerIdsSent.add(text);
        }
    }

    Set<String> customerIdsSent() {
        return customerIdsSent;
    }
}
