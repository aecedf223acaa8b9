-- Unqualified names: the migration runs with its module's schema as the default one.
CREATE TABLE thing (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL);
