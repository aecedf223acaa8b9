package io.shoplab.load.endpoints;

/**
 * An answer with the right status but a body that breaks the contract. Gatling turns it into a
 * failed check whose message lands in the report's error table, so messages carry no ids (one row
 * per kind of breakage, not one per request).
 */
final class BodyRuleViolation extends RuntimeException {

    BodyRuleViolation(String message) {
        super(message, null, false, false);
    }
}
