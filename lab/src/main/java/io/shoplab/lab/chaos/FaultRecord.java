package io.shoplab.lab.chaos;

/**
 * Something the campaign did to the stack, as the history keeps it.
 *
 * @param atMillis when, in epoch milliseconds
 * @param fault the schedule's fault number; 0 for the heal after the load
 * @param kind what the fault does; {@code null} for the heal
 * @param target what it was done to ({@code inventory-service}, {@code monolith/database})
 * @param event {@code start}, {@code end} (injection cleared or restart ordered), {@code ready} (a killed
 *              component answers again), {@code error} (could not be done), {@code heal}
 * @param detail parameters or what went wrong
 */
public record FaultRecord(long atMillis, int fault, FaultKind kind, String target, String event, String detail) {}
