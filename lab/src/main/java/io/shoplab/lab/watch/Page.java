package io.shoplab.lab.watch;

import java.util.Map;

import io.shoplab.lab.report.Templates;

/**
 * The watch page ({@code templates/watch.html}): one HTML file with its style and script inlined (nothing from
 * the network), either live (it follows {@code events}) or saved (the seconds it shows are written into it).
 */
final class Page {

    private Page() {}

    static String live() {
        return render("null");
    }

    /** @param secondsJson a JSON array of {@link Second}s */
    static String saved(String secondsJson) {
        // "</" inside a script element would end it.
        return render(secondsJson.replace("</", "<\\/"));
    }

    private static String render(String saved) {
        return Templates.render("watch.html", Map.of("saved", saved));
    }
}
