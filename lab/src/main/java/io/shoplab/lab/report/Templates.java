package io.shoplab.lab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The lab's one writer of reports and pages: JMustache templates under {@code templates/} on the class path,
 * named by what they write ({@code report.html}, {@code table.md}, {@code waterfall.svg}). Every value the
 * templates show is escaped by the engine: for HTML and SVG as HTML, for Markdown so that it shows literally
 * and cannot end a table row; a raw value ({@code {{{svg}}}}) is one the lab drew itself. A missing value
 * fails the rendering rather than leaving a gap; a {@code null} one renders as nothing and skips its section.
 */
public final class Templates {

    private static final Mustache.Compiler HTML = compiler(Escapers.HTML);
    private static final Mustache.Compiler MARKDOWN = compiler(Escapers.simple(
            new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"|", "\\|"}, {"\r", " "}, {"\n", " "}}));
    private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

    private Templates() {}

    /** The template {@code name} filled from {@code context}, whose record accessors and map keys it names. */
    public static String render(String name, Object context) {
        return COMPILED.computeIfAbsent(name, Templates::compile).execute(context);
    }

    /** Renders into {@code file}, creating its directory; returns the file. */
    public static Path write(Path file, String name, Object context) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, render(name, context));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** Each chart as a file of its own under {@code directory}, for the Markdown report to link to. */
    public static void writeCharts(Path directory, List<RenderedChart> charts) {
        try {
            Files.createDirectories(directory);
            for (RenderedChart chart : charts) {
                Files.writeString(directory.resolve(chart.fileName()), chart.svg());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the charts under " + directory, e);
        }
    }

    /** A table as the Markdown reports write it, for the console too. */
    public static String markdown(Table table) {
        return render("table.md", table);
    }

    private static Template compile(String name) {
        return (name.endsWith(".md") ? MARKDOWN : HTML).compile(read(name));
    }

    private static Mustache.Compiler compiler(Mustache.Escaper escaper) {
        return Mustache.compiler().withEscaper(escaper).nullValue("").withLoader(Templates::read);
    }

    private static Reader read(String name) {
        InputStream in = Templates.class.getResourceAsStream("/templates/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no template " + name + " under templates/ on the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
