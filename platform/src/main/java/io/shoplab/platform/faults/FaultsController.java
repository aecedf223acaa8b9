package io.shoplab.platform.faults;

import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fault switchboard under {@code /actuator/faults}. A plain controller rather than an actuator
 * endpoint because the contract needs {@code PUT}, which actuator operations cannot map. It exists
 * only with the {@code faults} profile, on the management port ({@link FaultsManagementConfiguration}), and
 * the gateway never routes {@code /actuator/**}.
 */
@RestController
@RequestMapping("${management.endpoints.web.base-path:/actuator}/faults")
class FaultsController {

    private final Faults faults;

    FaultsController(Faults faults) {
        this.faults = faults;
    }

    @GetMapping
    Map<String, Fault> inForce() {
        return faults.inForce();
    }

    @PutMapping("/{component}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void set(@PathVariable String component, @Valid @RequestBody Fault fault) {
        faults.set(component, fault);
    }

    @DeleteMapping("/{component}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String component) {
        faults.clear(component);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearAll() {
        faults.clearAll();
    }
}
