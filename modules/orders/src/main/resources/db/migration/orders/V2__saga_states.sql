-- For the saga (orders-service): an order that could not be placed because a participant was down is
-- ABORTED once recovery has undone its parts. It never shows in the API, and its idempotency key is
-- freed so the client's retry places the order afresh.
ALTER TABLE customer_order DROP CONSTRAINT customer_order_status_check;
ALTER TABLE customer_order ADD CONSTRAINT customer_order_status_check
    CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED', 'ABORTED'));
ALTER TABLE customer_order ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();

CREATE INDEX customer_order_pending ON customer_order (created_at) WHERE status = 'PENDING';
