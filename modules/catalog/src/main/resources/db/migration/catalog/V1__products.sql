CREATE TABLE product (
    id          BIGINT PRIMARY KEY,
    sku         VARCHAR(32)    NOT NULL UNIQUE,
    name        VARCHAR(200)   NOT NULL,
    description TEXT           NOT NULL,
    price       NUMERIC(12, 2) NOT NULL CHECK (price > 0)
);
