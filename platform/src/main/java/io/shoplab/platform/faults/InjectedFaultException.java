package io.shoplab.platform.faults;

import io.shoplab.platform.web.ServiceUnavailableException;

/** The failure a fault injects: to its callers it is the component being down. */
public class InjectedFaultException extends ServiceUnavailableException {

    InjectedFaultException(String component) {
        super(component, "injected fault in " + component, null);
    }
}
