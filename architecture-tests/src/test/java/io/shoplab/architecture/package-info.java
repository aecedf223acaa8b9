/** The shop's boundaries as ArchUnit rules, checked on every module's classes and shown failing on fixtures. */
package io.shoplab.architecture;
