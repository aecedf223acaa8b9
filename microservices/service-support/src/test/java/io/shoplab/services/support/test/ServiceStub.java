package io.shoplab.services.support.test;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Another service in a test, played by WireMock on a free port of 127.0.0.1 (never another interface), for
 * a static {@code @RegisterExtension} field: its stubs and requests are reset before each test, and what no
 * stub answers is a 404 problem, at once.
 */
public final class ServiceStub extends WireMockExtension {

    /** Below every stub a test sets (WireMock's default priority is 5). */
    private static final int LAST = 100;

    public ServiceStub() {
        super(newInstance().options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()));
    }

    @Override
    protected void onBeforeEach(WireMockRuntimeInfo wireMockRuntimeInfo) {
        // WireMock's own answer to an unmatched request comes after it has worked out the nearest misses,
        // which took longer than a read timeout the first time, so a client would retry a 404.
        stubFor(any(anyUrl()).atPriority(LAST).willReturn(jsonResponse("{\"status\":404}", 404)));
    }

    /** For {@code spring.cloud.discovery.client.simple.instances.<service>[0].uri}. */
    public String uri() {
        return "http://127.0.0.1:" + getPort();
    }

    /** What it was asked, oldest first. */
    public List<LoggedRequest> received() {
        return findAll(anyRequestedFor(anyUrl()));
    }
}
