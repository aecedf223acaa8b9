-- Run once, by the postgres image's entrypoint, when its data volume is new: the monolith's database
-- and one per service, as the lab's own PostgreSQL has them (lab: io.shoplab.lab.postgres.Databases).
-- Each app's Flyway migrations create its schemas and seed data on start-up.
CREATE DATABASE shop;
CREATE DATABASE catalog;
CREATE DATABASE reviews;
CREATE DATABASE inventory;
CREATE DATABASE orders;
CREATE DATABASE payments;
