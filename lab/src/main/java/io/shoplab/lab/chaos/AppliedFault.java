package io.shoplab.lab.chaos;

/**
 * A fault as it happened, in epoch milliseconds: a kill may start later than planned (it waits until the
 * previous kill's component is back), a restart takes what it takes.
 *
 * @param planned what the schedule said
 * @param startMillis when it was applied
 * @param endMillis when it was lifted (injection cleared, restart ordered); 0 while in force
 * @param readyMillis when a killed component answered again; 0 for injections and while restarting
 * @param problem what could not be done (not applied, restart failed); {@code null} when all went to plan
 */
public record AppliedFault(PlannedFault planned, long startMillis, long endMillis, long readyMillis, String problem) {

    static final String NOT_APPLIED = "not applied";
    static final String NOT_KILLED = "not killed";

    /** False when the fault could not be applied at all (the app was down, the kill found nothing to kill). */
    public boolean applied() {
        return problem == null || !(problem.startsWith(NOT_APPLIED) || problem.startsWith(NOT_KILLED));
    }

    /** Until the component is ready again for a kill (the restart time is downtime too), else until lifted. */
    public long downUntilMillis() {
        if (planned.kind() == FaultKind.KILL && readyMillis > 0) {
            return readyMillis;
        }
        return endMillis;
    }

    AppliedFault ended(long millis) {
        return new AppliedFault(planned, startMillis, millis, readyMillis, problem);
    }

    AppliedFault ready(long millis) {
        return new AppliedFault(planned, startMillis, endMillis, millis, problem);
    }

    AppliedFault failed(String what) {
        return new AppliedFault(
                planned, startMillis, endMillis, readyMillis, problem == null ? what : problem + "; " + what);
    }
}
