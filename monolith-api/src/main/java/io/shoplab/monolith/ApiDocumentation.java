package io.shoplab.monolith;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shop's OpenAPI document (served at {@code /v3/api-docs}, committed as {@code docs/openapi.json}),
 * describing API.md: what springdoc derives from the controllers and their validation annotations,
 * plus what they cannot say — summaries, {@code 201 + Location}, and the problem answers every call
 * may give. Kept here rather than as annotations so the domain modules stay free of documentation code.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUEST_ID = "X-Request-Id";

    /** Summary and tag per operation, keyed {@code METHOD path}. */
    private static final Map<String, String[]> OPERATIONS = Map.of(
            "GET /api/products", new String[] {"Catalog", "List products, ordered by id"},
            "GET /api/products/{id}",
                    new String[] {
                        "Catalog",
                        "Show a product page; a part that cannot answer in time (inventory, reviews) is left out and named in `degraded`"
                    },
            "GET /api/products/{productId}/reviews", new String[] {"Reviews", "List a product's reviews, newest first"},
            "POST /api/products/{productId}/reviews", new String[] {"Reviews", "Review a product"},
            "GET /api/products/{productId}/reviews/{reviewId}", new String[] {"Reviews", "Show one review"},
            "GET /api/inventory/{productId}", new String[] {"Inventory", "Show a product's stock"},
            "POST /api/orders",
                    new String[] {
                        "Orders",
                        "Place an order: stored CONFIRMED (stock taken, payment captured) or REJECTED (nothing taken, nothing charged)"
                    },
            "GET /api/orders", new String[] {"Orders", "List a customer's orders, newest first"},
            "GET /api/orders/{id}", new String[] {"Orders", "Show an order"});

    @Bean
    OpenAPI shopApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("shoplab API")
                        .version("1")
                        .description(
                                "One shop, served alike by the monolith and by the microservices behind the gateway."
                                        + " Errors are RFC 9457 problem details; every answer carries `X-Request-Id`."))
                // "/" first: Swagger UI on either stack then calls the stack it was opened on, wherever it runs.
                .servers(List.of(
                        new Server().url("/").description("the stack that serves this document"),
                        new Server().url("http://localhost:8080").description("monolith"),
                        new Server().url("http://localhost:8090").description("microservices, through the gateway")))
                .tags(List.of(
                        new Tag().name("Catalog"),
                        new Tag().name("Reviews"),
                        new Tag().name("Inventory"),
                        new Tag().name("Orders")));
    }

    /** Nested records get their outer type's name in front: {@code Order.Line} and {@code PlaceOrder.Line} differ. */
    @Bean
    ModelResolver nestedTypeNames(ObjectMapperProvider mappers) {
        TypeNameResolver names = new TypeNameResolver() {
            @Override
            protected String getNameOfClass(Class<?> type) {
                Class<?> outer = type.getEnclosingClass();
                return outer == null ? super.getNameOfClass(type) : outer.getSimpleName() + type.getSimpleName();
            }
        };
        return new ModelResolver(mappers.jsonMapper(), names).openapi31(mappers.isOpenapi31());
    }

    @Bean
    OpenApiCustomizer shopApiConventions() {
        return api -> {
            Components components = api.getComponents();
            components.addSchemas(
                    "FieldProblem",
                    new ObjectSchema()
                            .addProperty(
                                    "field",
                                    new StringSchema()
                                            .description(
                                                    "JSON path of the body field (`lines[0].quantity`) or name of the parameter"))
                            .addProperty("message", new StringSchema()));
            components.addSchemas(
                    "Problem",
                    new ObjectSchema()
                            .description("RFC 9457 problem details")
                            .addProperty(
                                    "type",
                                    new StringSchema()
                                            .format("uri")
                                            .example("https://shoplab.dev/problems/invalid-request"))
                            .addProperty("title", new StringSchema())
                            .addProperty("status", new IntegerSchema())
                            .addProperty("detail", new StringSchema())
                            .addProperty("instance", new StringSchema().format("uri"))
                            .addProperty(
                                    "errors",
                                    new ArraySchema()
                                            .items(ref("FieldProblem"))
                                            .description("Present on 400: one entry per invalid field or parameter")));
            components.addHeaders(
                    REQUEST_ID,
                    new Header()
                            .description("The caller's request id when valid, else a new one")
                            .schema(new StringSchema().maxLength(128)));
            problem(
                    components,
                    "BadRequest",
                    "The request is not valid: a missing, malformed or out-of-range field or parameter");
            problem(components, "NotFound", "No such resource");
            problem(components, "MethodNotAllowed", "The path does not take this method");
            problem(components, "ContentTooLarge", "The body is over 64 KiB");
            problem(components, "UnsupportedMediaType", "The body is not `application/json`");
            problem(components, "Unprocessable", "The `Idempotency-Key` was used before with a different request");
            problem(
                    components,
                    "Conflict",
                    "An order with this `Idempotency-Key` is still being placed (seconds after it began);"
                            + " retry with the same key to get its answer");
            problem(
                            components,
                            "Unavailable",
                            "A part the call needs (a module, a service, the database) cannot answer now;"
                                    + " nothing was left half-done")
                    .addHeaderObject(
                            "Retry-After",
                            new Header()
                                    .description("Seconds to wait before trying again")
                                    .schema(new IntegerSchema()));

            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) ->
                                    describe(method.name() + " " + path, path, method, operation)));
            refine(components.getSchemas());
        };
    }

    private static void describe(String key, String path, PathItem.HttpMethod method, Operation operation) {
        String[] tagAndSummary = OPERATIONS.get(key);
        if (tagAndSummary != null) {
            operation.setTags(List.of(tagAndSummary[0]));
            operation.setSummary(tagAndSummary[1]);
        }
        var responses = operation.getResponses();
        if (method == PathItem.HttpMethod.POST && responses.containsKey("200")) {
            ApiResponse created = responses
                    .remove("200")
                    .description("Created")
                    .addHeaderObject(
                            "Location",
                            new Header()
                                    .description("Where the created resource is")
                                    .schema(new StringSchema()));
            responses.addApiResponse("201", created);
        }
        responses.forEach((status, response) -> response.addHeaderObject(REQUEST_ID, new Header().$ref(REQUEST_ID)));
        responses.addApiResponse("400", problemRef("BadRequest"));
        if (path.contains("{")) {
            responses.addApiResponse("404", problemRef("NotFound"));
        }
        responses.addApiResponse("405", problemRef("MethodNotAllowed"));
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setRequired(true);
            responses.addApiResponse("413", problemRef("ContentTooLarge"));
            responses.addApiResponse("415", problemRef("UnsupportedMediaType"));
        }
        if (key.equals("POST /api/orders")) {
            responses.addApiResponse("409", problemRef("Conflict"));
            responses.addApiResponse("422", problemRef("Unprocessable"));
            operation.getParameters().stream()
                    .filter(p -> p.getName().equals("Idempotency-Key"))
                    .forEach(
                            p -> p.setDescription(
                                    "Makes placing safe to retry: the same key with the same body answers the first order again and creates"
                                            + " nothing (a retry overlapping the first waits for its answer); with another body it is answered 422"));
        }
        responses.addApiResponse("503", problemRef("Unavailable"));
    }

    /**
     * What the records' annotations cannot say. {@code @NotBlank}/{@code @NotEmpty} next to
     * {@code @Size(max)} come out as a minimum of 0, but API.md refuses blank authors and customers and
     * empty orders.
     */
    private static void refine(Map<String, Schema> schemas) {
        Set.of("NewReview.author", "PlaceOrder.customerId")
                .forEach(field -> property(schemas, field).setMinLength(1));
        property(schemas, "PlaceOrder.lines").setMinItems(1);
        Schema<?> token = property(schemas, "PlaceOrder.paymentToken");
        token.setDescription(
                "Defaults to `tok_ok` when absent; when present, not empty or blank. `tok_declined` makes the"
                        + " payment provider decline");
        // The record's pattern is Java's (\\P{javaWhitespace}); the document states the same rule portably.
        token.setPattern("\\S");
        property(schemas, "ProductDetail.degraded")
                .setDescription(
                        "The parts (`inventory`, `reviews`) that could not answer in time; empty when all is well");
        property(schemas, "Order.total").setDescription("Exact sum of quantity × unit price, two decimals");
        property(schemas, "Order.rejectionReason").setDescription("Present only when the status is REJECTED");
    }

    private static Schema<?> property(Map<String, Schema> schemas, String field) {
        String[] parts = field.split("\\.");
        return (Schema<?>) schemas.get(parts[0]).getProperties().get(parts[1]);
    }

    private static ApiResponse problem(Components components, String name, String description) {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref("Problem"))))
                .addHeaderObject(REQUEST_ID, new Header().$ref(REQUEST_ID));
        components.addResponses(name, response);
        return response;
    }

    private static ApiResponse problemRef(String name) {
        return new ApiResponse().$ref(name);
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref(name);
    }
}
