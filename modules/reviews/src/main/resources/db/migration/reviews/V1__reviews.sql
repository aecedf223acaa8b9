CREATE TABLE review (
    id         BIGSERIAL PRIMARY KEY,
    product_id BIGINT        NOT NULL,
    author     VARCHAR(100)  NOT NULL,
    rating     SMALLINT      NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment    VARCHAR(2000),
    created_at TIMESTAMPTZ   NOT NULL
);

CREATE INDEX review_by_product ON review (product_id, created_at DESC, id DESC);
