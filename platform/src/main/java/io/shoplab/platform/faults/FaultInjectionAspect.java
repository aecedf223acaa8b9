package io.shoplab.platform.faults;

import io.shoplab.platform.ModuleFacade;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

/** Applies a module's fault on every call into the module's facade. */
@Aspect
class FaultInjectionAspect {

    private final Faults faults;

    FaultInjectionAspect(Faults faults) {
        this.faults = faults;
    }

    @Around("@within(facade) && execution(public * *(..))")
    Object inject(ProceedingJoinPoint call, ModuleFacade facade) throws Throwable {
        faults.apply(facade.module());
        return call.proceed();
    }
}
