package io.shoplab.lab.report;

import java.util.List;

/** Building blocks of the Markdown reports: literal text and tables. */
public final class Markdown {

    private Markdown() {
    }

    public static String table(Table table) {
        StringBuilder md = new StringBuilder(row(table.header()));
        md.append(row(table.header().stream().map(cell -> "---").toList()));
        table.rows().forEach(row -> md.append(row(row)));
        return md.toString();
    }

    /** Text as Markdown shows it literally: no raw HTML, no line breaks that would end a table row. */
    public static String text(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", " ").replace("\n", " ");
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(cell -> text(cell).replace("|", "\\|")).toList()) + " |\n";
    }
}
