/** The lab's PostgreSQL server: a process of its own on a persistent data directory. */
package io.shoplab.lab.postgres;
