package io.shoplab.lab.invariants;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import io.shoplab.lab.shopapi.RequestRecord;

/** How a broken rule is shown: its first few cases, and the requests that name them as the history keeps them. */
final class Evidence {

    static final int SHOWN = 5;

    private Evidence() {}

    /** The first requests that name any of the orders; the ids themselves when none does. */
    static List<String> naming(List<RequestRecord> requests, Collection<String> orderIds) {
        List<String> lines = lines(requests.stream()
                .filter(request -> orderIds.contains(request.orderId()))
                .toList());
        return lines.isEmpty() ? List.of("no request of this run was answered with " + first(orderIds)) : lines;
    }

    static List<String> lines(List<RequestRecord> requests) {
        return requests.stream().limit(SHOWN).map(RequestRecord::historyLine).toList();
    }

    static String first(Collection<String> items) {
        return items.stream().limit(SHOWN).collect(Collectors.joining(", ")) + (items.size() > SHOWN ? ", …" : "");
    }
}
