package io.shoplab.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.shoplab.load.events.RequestEvents;

/** Catalog calls. They read {@code page}, {@code size} and {@code productId} from the session. */
public final class ProductEndpoints {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String PRODUCT_ID = "productId";

    private ProductEndpoints() {}

    /** {@code GET /api/products?page&size}: 200 with exactly the seed products of that page. */
    public static ChainBuilder listProducts(int productCount) {
        return RequestEvents.recorded(
                "list products",
                http("list products")
                        .get("/api/products")
                        .queryParam("page", "#{" + PAGE + "}")
                        .queryParam("size", "#{" + SIZE + "}")
                        .check(
                                status().is(200),
                                jsonPath("$").ofMap().validate("product page body", (body, session) -> {
                                    ProductRules.page(body, session.getInt(PAGE), session.getInt(SIZE), productCount);
                                    return body;
                                })));
    }

    /**
     * {@code GET /api/products/{id}}: 200 with the asked product. A degraded answer (a part missing)
     * is a correct answer by contract; {@code failOnDegraded} decides whether this run counts it as a
     * failure (baseline: nothing may degrade) or only tallies it (resilience experiments).
     */
    public static ChainBuilder productDetail(boolean failOnDegraded, DegradedAnswers tally) {
        var checks = new ArrayList<CheckBuilder>(List.of(
                status().is(200),
                jsonPath("$").ofMap().validate("product detail body", (body, session) -> {
                    tally.record(ProductRules.detail(body, session.getInt(PRODUCT_ID)));
                    return body;
                }),
                // for the lab's events: a degraded page is recorded under a name of its own
                jsonPath("$.degraded")
                        .ofList()
                        .transform(parts -> !parts.isEmpty())
                        .saveAs(RequestEvents.DEGRADED)));
        if (failOnDegraded) {
            checks.add(jsonPath("$.degraded").ofList().validate("not degraded", (parts, session) -> {
                Json.require(parts.isEmpty(), "degraded " + parts);
                return parts;
            }));
        }
        return RequestEvents.recorded(
                "product detail",
                http("product detail")
                        .get("/api/products/#{" + PRODUCT_ID + "}")
                        .check(checks));
    }
}
