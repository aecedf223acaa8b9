package io.shoplab.platform.requestid;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Sends the current request id along on outgoing calls, so one id follows a request through every service. */
public class RequestIdPropagation implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        RequestIds.current().ifPresent(id -> request.getHeaders().set(RequestIds.HEADER, id));
        return execution.execute(request, body);
    }
}
