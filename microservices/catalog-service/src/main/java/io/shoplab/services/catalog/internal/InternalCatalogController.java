package io.shoplab.services.catalog.internal;

import java.util.Map;
import java.util.Set;

import io.shoplab.catalog.Catalog;
import io.shoplab.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's answers to reviews-service (does a product exist?) and orders-service (what does it cost?). */
@RestController
@RequestMapping("/internal")
@Tag(
        name = "Catalog (internal)",
        description = "Called by reviews-service and orders-service only, never routed by the gateway.")
class InternalCatalogController {

    private final Catalog catalog;

    InternalCatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/products/{id}")
    @Operation(summary = "Whether the product exists", description = "200 when it does, 404 when it does not.")
    ProductExistence product(@PathVariable long id) {
        if (!catalog.exists(id)) {
            throw new NotFoundException("No product " + id);
        }
        return new ProductExistence(id, true);
    }

    @GetMapping("/prices")
    @Operation(
            summary = "Current prices of the products among ids",
            description = "ids=1,2,3; unknown ids are simply absent. Without ids: no prices, only the currency.")
    PriceSheet prices(@RequestParam(required = false) @Size(max = 100) Set<Long> ids) {
        return new PriceSheet(Catalog.currency(), ids == null ? Map.of() : catalog.pricesOf(ids));
    }
}
