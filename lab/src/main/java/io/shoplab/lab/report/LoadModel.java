package io.shoplab.lab.report;

/** How the load was driven; the report states it for every experiment because it changes what latency means. */
public enum LoadModel {

    /** New users arrive at a fixed rate whatever the server does, so a stall shows as latency and errors. */
    OPEN("open: users arrive at a fixed rate, whatever the server does"),
    /** A fixed number of users each wait for their answer, so a stall slows the load that measures it. */
    CLOSED("closed: a fixed number of users, each waiting for its answer");

    private final String description;

    LoadModel(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
