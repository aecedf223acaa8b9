package io.shoplab.lab.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.shoplab.lab.measure.SecondBucket;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The raw numbers: a whole report (the lab's, a campaign's, the benchmark's) as JSON, and each stack's timeline as CSV. */
public final class ReportData {

    /** Only record components are written, not derived getters such as {@code isX()}. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();

    private static final String CSV_HEADER =
            "stack,second,requests,ok,failed," + "p50_ms,p95_ms,p99_ms,max_ms,ok_p50_ms,ok_p95_ms,ok_p99_ms,ok_max_ms";

    private ReportData() {}

    public static Path writeJson(Object report, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        JSON.writeValue(file.toFile(), report);
        return file;
    }

    /** One file per experiment, the stacks one after another, told apart by the first column. */
    static Path writeTimelineCsv(ExperimentResult experiment, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(CSV_HEADER);
            out.newLine();
            for (StackResult stack : experiment.stacks()) {
                for (SecondBucket bucket : stack.timeline().seconds()) {
                    out.write(String.join(
                            ",",
                            csvField(stack.stack()),
                            Long.toString(bucket.second()),
                            Long.toString(bucket.requests()),
                            Long.toString(bucket.ok()),
                            Long.toString(bucket.failed()),
                            Long.toString(bucket.all().p50()),
                            Long.toString(bucket.all().p95()),
                            Long.toString(bucket.all().p99()),
                            Long.toString(bucket.all().max()),
                            Long.toString(bucket.okOnly().p50()),
                            Long.toString(bucket.okOnly().p95()),
                            Long.toString(bucket.okOnly().p99()),
                            Long.toString(bucket.okOnly().max())));
                    out.newLine();
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static String csvField(String text) {
        return text.matches("[^,\"\\r\\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
