-- The seed of API.md: products 1..90 plentiful, 91..99 scarce, 100 sold out.
INSERT INTO stock (product_id, available)
SELECT id, CASE WHEN id <= 90 THEN 1000000 WHEN id <= 99 THEN 10 ELSE 0 END
FROM generate_series(1, 100) AS id;
