-- The same table name as in platformcheck: schemas keep modules apart.
CREATE TABLE thing (id BIGINT PRIMARY KEY);
