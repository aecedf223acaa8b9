CREATE TABLE stock (
    product_id BIGINT PRIMARY KEY,
    available  BIGINT NOT NULL CHECK (available >= 0),
    reserved   BIGINT NOT NULL DEFAULT 0 CHECK (reserved >= 0)
);

-- One row per order that ever asked for stock, including refusals and early releases, so that
-- every call keyed by the order id can be answered again the same way.
CREATE TABLE reservation (
    order_id   UUID PRIMARY KEY,
    status     VARCHAR(16) NOT NULL CHECK (status IN ('RESERVED', 'OUT_OF_STOCK', 'COMMITTED', 'RELEASED')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE reservation_item (
    order_id   UUID   NOT NULL REFERENCES reservation (order_id),
    product_id BIGINT NOT NULL REFERENCES stock (product_id),
    quantity   INT    NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);

CREATE INDEX reservation_open ON reservation (status) WHERE status = 'RESERVED';
