package io.shoplab.lab.budget;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The control groups of one lab's components, side by side under a group named for the lab's directory
 * ({@code shoplab/lab-1a2b3c4d/monolith}), so that two labs on one machine (the CLI's, a test's, a chaos
 * campaign's) never share one. The machine's control groups are looked at only when a budget is asked for.
 */
public final class LabGroups {

    private final Path labDirectory;
    private CgroupMount mount;

    /** On the control groups given, such as a test's fake root; {@code null} to look at this machine's when first needed. */
    public LabGroups(Path labDirectory, CgroupMount mount) {
        this.labDirectory = labDirectory;
        this.mount = mount;
    }

    /** The lab keeping its state in that directory, on this machine's control groups. */
    public static LabGroups of(Path labDirectory) {
        return new LabGroups(labDirectory, null);
    }

    /** Makes (or refreshes) the component's group with its budget; fails with the reason where budgets cannot be set. */
    public synchronized ControlGroup create(String component, Budget budget) throws IOException {
        if (mount == null) {
            mount = CgroupMount.system();
        }
        return mount.create(labGroup() + "/" + component, budget);
    }

    /** {@code shoplab/<folder>-<hash of its absolute path>}: readable, and unique per lab directory. */
    String labGroup() {
        Path absolute = labDirectory.toAbsolutePath().normalize();
        return "shoplab/" + absolute.getFileName() + "-"
                + HexFormat.of().toHexDigits(absolute.toString().hashCode());
    }
}
