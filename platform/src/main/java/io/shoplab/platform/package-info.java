/**
 * The few web concerns every shoplab application shares: problem details, request ids, fault
 * injection and the embedded PostgreSQL default. No domain code lives here.
 */
package io.shoplab.platform;
