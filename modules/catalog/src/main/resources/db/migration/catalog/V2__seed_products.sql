-- The 100 products of API.md. Names and prices are derived from the id, so both stacks (and every
-- fresh database) hold exactly the same catalog.
INSERT INTO product (id, sku, name, description, price)
SELECT id,
       'SKU-' || lpad(id::text, 5, '0'),
       adjective || ' ' || noun,
       'A ' || lower(adjective) || ' ' || lower(noun) || ', item ' || id || ' of the shoplab catalog.',
       round(4.99 + ((id * 731) % 19000) / 100.0, 2)
FROM generate_series(1, 100) AS id,
     LATERAL (SELECT (ARRAY['Classic', 'Compact', 'Deluxe', 'Eco', 'Rugged', 'Smart', 'Vintage', 'Wireless', 'Silent', 'Travel'])[1 + id % 10] AS adjective,
                     (ARRAY['Kettle', 'Lamp', 'Backpack', 'Headphones', 'Mug', 'Notebook', 'Speaker', 'Watch', 'Umbrella', 'Chair'])[1 + (id / 10) % 10] AS noun) AS words;
