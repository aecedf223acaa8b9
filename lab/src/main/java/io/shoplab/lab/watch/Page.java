package io.shoplab.lab.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The watch page: one HTML file with its style and script inlined (nothing from the network), either
 * live (it follows {@code events}) or saved (the seconds it shows are written into it).
 */
final class Page {

    private static final String HTML = resource("watch.html");
    private static final String CSS = resource("watch.css");
    private static final String JS = resource("watch.js");

    private Page() {
    }

    static String live() {
        return render("null");
    }

    /** @param secondsJson a JSON array of {@link Second}s */
    static String saved(String secondsJson) {
        // "</" inside a script element would end it.
        return render(secondsJson.replace("</", "<\\/"));
    }

    private static String render(String saved) {
        return HTML.replace("/*style*/", CSS).replace("/*saved*/", saved).replace("/*script*/", JS);
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + Page.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
