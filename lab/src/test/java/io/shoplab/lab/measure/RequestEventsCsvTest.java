package io.shoplab.lab.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestEventsCsvTest {

    @Test
    void readsEventsAndSkipsHeaderBlankAndCutLines(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("events.csv"), """
                epochMillis,request,status,responseMillis,ok
                1700000000100,product page,200,12,true

                1700000000200,search, by name,500,40,false
                1700000000300,"quoted ""name""\",0,1000,false
                1700000000400,order,20""");

        assertThat(RequestEventsCsv.read(file))
                .containsExactly(
                        new RequestEvent(1700000000100L, "product page", 200, 12, true),
                        new RequestEvent(1700000000200L, "search, by name", 500, 40, false),
                        new RequestEvent(1700000000300L, "quoted \"name\"", 0, 1000, false));
    }
}
