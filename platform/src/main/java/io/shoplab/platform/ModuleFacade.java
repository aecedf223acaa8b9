package io.shoplab.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Service;

/**
 * Marks the one public entry of a domain module. Every call from outside the module passes through
 * it, which is where the {@code faults} profile injects the module's latency and errors: a fault then
 * behaves like the module itself failing, whichever architecture calls it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Service
public @interface ModuleFacade {

    /** The module's name, as the fault endpoints know it: {@code catalog}, {@code reviews}, … */
    String module();
}
