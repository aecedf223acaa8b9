-- Who works on a PENDING order, and until when (database time, never a JVM clock): the placement
-- holds it while it runs and renews the lease before each step; recovery takes an order over only
-- once the lease has run out, by a compare-and-set on the owner, and settles it only as its owner.
ALTER TABLE customer_order ADD COLUMN lease_owner UUID;
ALTER TABLE customer_order ADD COLUMN lease_until TIMESTAMPTZ NOT NULL DEFAULT now();
-- Recovery attempts that failed for no known reason (a poison order): counted, the last error kept;
-- at the limit the order is set aside for an operator instead of being tried for ever.
ALTER TABLE customer_order ADD COLUMN recovery_failures INT NOT NULL DEFAULT 0;
ALTER TABLE customer_order ADD COLUMN recovery_error VARCHAR(500);

DROP INDEX customer_order_pending;
CREATE INDEX customer_order_pending ON customer_order (lease_until) WHERE status = 'PENDING';
