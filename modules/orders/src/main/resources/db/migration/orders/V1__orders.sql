-- "order" is an SQL keyword, hence customer_order. seq orders a customer's list newest first even
-- when two orders share a millisecond.
CREATE TABLE customer_order (
    id                  UUID PRIMARY KEY,
    seq                 BIGSERIAL      NOT NULL UNIQUE,
    customer_id         VARCHAR(100)   NOT NULL,
    status              VARCHAR(16)    NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    rejection_reason    VARCHAR(32)    CHECK (rejection_reason IN ('OUT_OF_STOCK', 'PAYMENT_DECLINED')),
    total               NUMERIC(14, 2) NOT NULL CHECK (total >= 0),
    currency            CHAR(3)        NOT NULL,
    payment_token       VARCHAR(100)   NOT NULL,
    idempotency_key     VARCHAR(200)   UNIQUE,
    request_fingerprint CHAR(64),
    created_at          TIMESTAMPTZ    NOT NULL,
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);

CREATE INDEX customer_order_by_customer ON customer_order (customer_id, seq DESC);

CREATE TABLE order_line (
    order_id   UUID           NOT NULL REFERENCES customer_order (id),
    line_no    INT            NOT NULL,
    product_id BIGINT         NOT NULL,
    quantity   INT            NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
    unit_price NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
