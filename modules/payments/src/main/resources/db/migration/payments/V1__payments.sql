-- One row per order that ever reached the provider. customer_id, amount and currency are absent only
-- for a void recorded before any capture.
CREATE TABLE payment (
    order_id    UUID PRIMARY KEY,
    customer_id VARCHAR(100),
    amount      NUMERIC(12, 2) CHECK (amount >= 0),
    currency    CHAR(3),
    status      VARCHAR(16) NOT NULL CHECK (status IN ('CAPTURED', 'DECLINED', 'REFUNDED', 'VOIDED')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
