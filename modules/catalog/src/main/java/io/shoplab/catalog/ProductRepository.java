package io.shoplab.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.shoplab.platform.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

    private static final String COLUMNS = "id, sku, name, description, price";

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProductSummary> page(int page, int size) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM catalog.product ORDER BY id LIMIT ? OFFSET ?")
                .params(size, PageOf.offset(page, size))
                .query(Product.class)
                .list()
                .stream()
                .map(Product::summary)
                .toList();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM catalog.product")
                .query(Long.class)
                .single();
    }

    Optional<Product> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalog.product WHERE id = ?")
                .param(id)
                .query(Product.class)
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM catalog.product WHERE id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    Map<Long, BigDecimal> pricesOf(Set<Long> ids) {
        Map<Long, BigDecimal> prices = new HashMap<>();
        if (ids.isEmpty()) {
            return prices;
        }
        jdbc.sql("SELECT id, price FROM catalog.product WHERE id IN (:ids)")
                .param("ids", ids)
                .query(row -> {
                    prices.put(row.getLong("id"), row.getBigDecimal("price"));
                });
        return prices;
    }
}
