INSERT INTO thing (id, name) VALUES (1, 'first'), (2, 'second');
