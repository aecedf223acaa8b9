package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.List;

/** A span from a fault to the heal after it (or to the end of the run), to shade on a timeline. */
record FaultWindow(long from, long to, String label) {

    static List<FaultWindow> of(List<Marker> markers, long end) {
        List<Marker> sorted = markers.stream()
                .sorted((a, b) -> Long.compare(a.second(), b.second()))
                .toList();
        List<FaultWindow> windows = new ArrayList<>();
        Marker openFault = null;
        for (Marker marker : sorted) {
            if (marker.kind() == Marker.Kind.FAULT) {
                // A second fault before the heal widens nothing but is named, e.g. "kill reviews, kill inventory".
                openFault = openFault == null
                        ? marker
                        : new Marker(Marker.Kind.FAULT, openFault.second(), openFault.label() + ", " + marker.label());
            } else if (marker.kind() == Marker.Kind.HEAL && openFault != null) {
                windows.add(new FaultWindow(
                        openFault.second(), marker.second(), openFault.label() + " → " + marker.label()));
                openFault = null;
            }
        }
        if (openFault != null) {
            windows.add(new FaultWindow(openFault.second(), Math.max(end, openFault.second() + 1), openFault.label()));
        }
        return windows;
    }
}
