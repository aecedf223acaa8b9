package io.shoplab.contract.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/products/{id}/reviews} with a body that breaks a rule of API.md (author blank or
 * over 100 characters, rating not an integer 1..5, comment over 2000 characters, a wrong type,
 * malformed JSON), or a valid review sent in a way that must be refused.
 */
final class ReviewRequests {

    private ReviewRequests() {}

    static HostileRequest brokenBody(FuzzTargets targets, Chance chance) {
        Map<String, Object> review = Bodies.review(chance);
        List<String> why = new ArrayList<>();
        for (int breaks = chance.pick(1, 1, 1, 2); breaks > 0; breaks--) {
            why.add(breakOne(review, chance));
        }
        if (chance.chance(0.3)) {
            Bodies.addUnknownFields(review, chance);
            why.add("unknown fields");
        }
        String json = JsonText.write(review, chance.chance(0.3));
        if (chance.chance(0.1)) {
            json = Bodies.broken(json, chance);
            why.add("malformed JSON");
        }
        return Envelopes.post(
                "POST reviews body", String.join("; ", why), path(targets.product(chance)), Bodies.utf8(json), chance);
    }

    static HostileRequest validBodyRefused(FuzzTargets targets, Chance chance) {
        long product = targets.product(chance);
        return Envelopes.refusedEnvelope(
                "POST reviews envelope",
                path(product),
                JsonText.write(Bodies.review(chance), false),
                pathTricks(product),
                chance);
    }

    private static String path(long product) {
        return "/api/products/" + product + "/reviews";
    }

    /** Paths that only look like the reviews of {@code product}. */
    private static List<String> pathTricks(long product) {
        String p = String.valueOf(product);
        return List.of(
                "/api/products/" + p + ";x=1/reviews",
                "/api/products/" + p + "/reviews;x=1",
                "/api/products/" + p + "/reviews;",
                "/api/products/" + p + "/reviews/",
                "/api/products/" + p + "//reviews",
                "/api/products/" + p + "/./reviews",
                "/api/products/" + p + "/reviews%00",
                "/api/products/" + p + "%00/reviews",
                "/api/products/" + p + "%2Freviews",
                "/api/products/" + p + "/reviews/..;/reviews",
                "/api/products/" + p + ".0/reviews",
                "/api/products/" + p + "e0/reviews",
                "/api/products/-" + p + "/reviews",
                "/api/products/" + p + "/reviews/0",
                "/api/products/" + p + "/Reviews",
                "/api/products/" + p + "%3B/reviews",
                "/api/products/" + p + "/reviews%5C");
    }

    private static String breakOne(Map<String, Object> review, Chance chance) {
        String field = chance.pick("author", "author", "rating", "rating", "comment");
        Object value = switch (field) {
            case "author" ->
                chance.pick(
                        Envelopes.MISSING,
                        null,
                        chance.pick(HostileValues.BLANK),
                        HostileValues.overLimit(chance, 100),
                        chance.pick(HostileValues.NOT_STRINGS),
                        chance.pick(HostileValues.MALFORMED_TEXT));
            case "rating" ->
                chance.pick(
                        Envelopes.MISSING,
                        null,
                        chance.pick(HostileValues.OUT_OF_RANGE_NUMBERS),
                        chance.pick(HostileValues.NOT_NUMBERS),
                        new JsonText.Raw("6"),
                        new JsonText.Raw("0"),
                        new JsonText.Raw("-5"));
            default ->
                chance.pick(
                        HostileValues.overLimit(chance, 2000),
                        chance.pick(HostileValues.NOT_STRINGS),
                        chance.pick(HostileValues.MALFORMED_TEXT));
        };
        if (value == Envelopes.MISSING) {
            review.remove(field);
        } else {
            review.put(field, value);
        }
        return field + ": " + OrderRequests.shortly(value);
    }
}
