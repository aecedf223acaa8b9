-- Inventory and payments as LocalTransactionPlacementTest fake them: tables in the orders test's own
-- database, written in the placement's transaction as the real modules are in the monolith.
CREATE TABLE stock (product_id BIGINT PRIMARY KEY, available INT NOT NULL CHECK (available >= 0));
CREATE TABLE hold (order_id UUID NOT NULL, product_id BIGINT NOT NULL, quantity INT NOT NULL, state VARCHAR(16) NOT NULL);
CREATE TABLE payment (order_id UUID PRIMARY KEY, amount NUMERIC(14, 2) NOT NULL, state VARCHAR(16) NOT NULL);
