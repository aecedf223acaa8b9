package io.shoplab.lab.report;

import java.util.List;

/** A table of plain text cells, rendered alike into HTML and Markdown so both reports say the same. */
public record Table(List<String> header, List<List<String>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
