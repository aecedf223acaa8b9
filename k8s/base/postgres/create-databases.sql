-- Run once, by the postgres image's entrypoint, when its data volume is new: the monolith's database
-- and one per service, as the lab's own PostgreSQL has them (lab: io.shoplab.lab.postgres.Databases).
-- Each has a role of its own that owns it and may connect to it alone, so a service reaches no other
-- service's data, and no app runs as the superuser. Each app's Flyway migrations create its schemas
-- and seed data on start-up, as the owner. The passwords are the role names: this is a lab on one
-- machine's private network, with PostgreSQL never published.
CREATE ROLE shop LOGIN PASSWORD 'shop';
CREATE ROLE catalog LOGIN PASSWORD 'catalog';
CREATE ROLE reviews LOGIN PASSWORD 'reviews';
CREATE ROLE inventory LOGIN PASSWORD 'inventory';
CREATE ROLE orders LOGIN PASSWORD 'orders';
CREATE ROLE payments LOGIN PASSWORD 'payments';
CREATE DATABASE shop OWNER shop;
CREATE DATABASE catalog OWNER catalog;
CREATE DATABASE reviews OWNER reviews;
CREATE DATABASE inventory OWNER inventory;
CREATE DATABASE orders OWNER orders;
CREATE DATABASE payments OWNER payments;
-- By default every role may connect to every database (PUBLIC has CONNECT): only the owner may.
REVOKE CONNECT, TEMPORARY ON DATABASE shop, catalog, reviews, inventory, orders, payments FROM PUBLIC;
