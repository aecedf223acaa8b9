package io.shoplab.lab.report;

import java.util.List;
import java.util.stream.IntStream;

/** A table of plain text cells, rendered alike into HTML and Markdown ({@code table.html}, {@code table.md}) so both reports say the same. */
public record Table(List<String> header, List<List<String>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The rows as the templates show them: a column named "Verdict" as badges, cells that are numbers aligned right. */
    public List<List<Cell>> cells() {
        int verdictColumn = header.indexOf("Verdict");
        return rows.stream()
                .map(row -> IntStream.range(0, row.size())
                        .mapToObj(column -> new Cell(
                                row.get(column),
                                row.get(column).matches("[-\\d.,%/ ()–]+"),
                                column == verdictColumn ? Verdict.valueOf(row.get(column)) : null))
                        .toList())
                .toList();
    }

    /**
     * One cell.
     *
     * @param text what it says
     * @param number whether it is a number (or a few, such as "12 / 14 / 19"), which HTML aligns right
     * @param verdict the verdict it names, shown as a badge in HTML; {@code null} in other columns
     */
    public record Cell(String text, boolean number, Verdict verdict) {}
}
