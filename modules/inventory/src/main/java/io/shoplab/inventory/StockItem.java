package io.shoplab.inventory;

/** A quantity of one product to reserve. */
public record StockItem(long productId, int quantity) {}
