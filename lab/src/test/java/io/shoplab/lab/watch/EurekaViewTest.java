package io.shoplab.lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EurekaViewTest {

    @Test
    void listsEachServicesInstancesWhetherOneOrMany() {
        String apps = """
                {"applications":{"application":[
                  {"name":"REVIEWS-SERVICE","instance":{"ipAddr":"127.0.0.1","port":{"$":8082},"status":"UP"}},
                  {"name":"CATALOG-SERVICE","instance":[
                    {"ipAddr":"127.0.0.1","port":{"$":8081},"status":"UP"},
                    {"ipAddr":"127.0.0.1","port":{"$":9081},"status":"STARTING"}]}]}}
                """;

        assertThat(EurekaView.parse(apps))
                .containsEntry("reviews-service", List.of("127.0.0.1:8082 UP"))
                .containsEntry("catalog-service", List.of("127.0.0.1:8081 UP", "127.0.0.1:9081 STARTING"));
    }

    @Test
    void somethingElseIsNoView() {
        assertThat(EurekaView.parse("<html>")).isEmpty();
    }
}
