package io.shoplab.lab.report;

/** Building blocks of the HTML reports; every text that goes in passes through {@link #escape}. */
public final class Html {

    /** Inline, so the page shows the same offline as on a server. */
    public static final String STYLE = """
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #222;
                   max-width: 1040px; margin: 2em auto; padding: 0 1em; }
            h1 { margin-bottom: .2em; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2em; margin-top: 2em; }
            h3 { margin-top: 2em; } .meta, .claim { color: #555; }
            table { border-collapse: collapse; margin: .8em 0; width: 100%; }
            th, td { border: 1px solid #ddd; padding: .35em .55em; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
            .verdict { font-weight: 600; white-space: nowrap; padding: .1em .5em; border-radius: 4px; }
            .SUPPORTED { background: #d9f2dd; color: #17602a; } .CONTRADICTED { background: #f8d7d7; color: #8a1c1c; }
            .MIXED { background: #fdf0c8; color: #7a5600; } .NOT_TESTED { background: #eee; color: #666; }
            .passed { color: #17602a; } .failed { color: #8a1c1c; font-weight: 600; }
            figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
            .side-by-side { display: flex; flex-wrap: wrap; gap: 1em; } .side-by-side figure { flex: 1 1 420px; margin: 0; }
            details { margin: .5em 0; } summary { cursor: pointer; color: #444; }
            """;

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static String element(String tag, String text) {
        return "<" + tag + ">" + escape(text) + "</" + tag + ">\n";
    }

    static String verdictBadge(Verdict verdict) {
        return "<span class=\"verdict " + verdict.name() + "\">" + escape(verdict.name().replace('_', ' ')) + "</span>";
    }

    /** A table; a column named "Verdict" shows badges, cells that are numbers align right. */
    public static String table(Table table) {
        StringBuilder html = new StringBuilder("<table>\n<tr>");
        table.header().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
        html.append("</tr>\n");
        int verdictColumn = table.header().indexOf("Verdict");
        for (var row : table.rows()) {
            html.append("<tr>");
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                if (column == verdictColumn) {
                    html.append("<td>").append(verdictBadge(Verdict.valueOf(cell))).append("</td>");
                } else {
                    html.append(cell.matches("[-\\d.,%/ ()–]+") ? "<td class=\"number\">" : "<td>").append(escape(cell)).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }
}
