package io.shoplab.lab.report;

import io.shoplab.lab.measure.ProcessSample;
import io.shoplab.lab.measure.ResourceUsage;
import io.shoplab.lab.measure.Summary;
import io.shoplab.lab.measure.Timeline;
import io.shoplab.lab.measure.Window;

/** Small pure functions that experiments use to reach their verdicts; the verdict sentences stay with the experiments. */
public final class Comparisons {

    private Comparisons() {}

    /**
     * CPU seconds of all sampled processes during the summary's window, per 1,000 requests answered in it;
     * {@code null} when nothing was sampled or nothing answered.
     */
    public static Double cpuSecondsPer1000Requests(ResourceUsage usage, Summary summary) {
        long requests = summary.total().count();
        if (usage.processes().isEmpty() || requests == 0) {
            return null;
        }
        double cpuSeconds = usage.total().samples().stream()
                .filter(sample -> summary.window().contains(sample.second()))
                .mapToDouble(ProcessSample::cpuSeconds)
                .sum();
        return cpuSeconds * 1000 / requests;
    }

    /** Share in [0, 1] of the window's seconds in which at least one request passed: 1 means never silent. */
    public static double shareOfSecondsAnswered(Timeline timeline, Window window) {
        long answered = 0;
        for (long second = window.fromSecond(); second < window.toSecond(); second++) {
            if (timeline.at(second).ok() > 0) {
                answered++;
            }
        }
        return (double) answered / window.seconds();
    }

    /** The longest run of seconds inside the window without a single passing request (an outage). */
    public static long longestSilenceSeconds(Timeline timeline, Window window) {
        long longest = 0;
        long current = 0;
        for (long second = window.fromSecond(); second < window.toSecond(); second++) {
            current = timeline.at(second).ok() == 0 ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest;
    }
}
