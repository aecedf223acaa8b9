-- Three reviews for each of the 100 products, derived from the ids so every database holds the same.
INSERT INTO review (product_id, author, rating, comment, created_at)
SELECT product_id,
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + (product_id + n) % 6],
       1 + (product_id * 7 + n * 3) % 5,
       'Review ' || n || ' of product ' || product_id || '.',
       TIMESTAMPTZ '2026-01-01 00:00:00+00' + (product_id * 3 + n) * INTERVAL '1 hour'
FROM generate_series(1, 100) AS product_id, generate_series(1, 3) AS n
ORDER BY product_id, n;
