package io.shoplab.lab.health;

/** What a component answers when asked whether it is ready. */
public enum Health {
    /** Ready for traffic. */
    UP,
    /** Answers, but not ready (starting, failing a check, database missing). */
    DOWN,
    /** Nothing answers on its port. */
    UNREACHABLE
}
