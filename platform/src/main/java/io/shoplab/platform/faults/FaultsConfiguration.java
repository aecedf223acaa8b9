package io.shoplab.platform.faults;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

import io.shoplab.platform.ModuleFacade;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Fault injection, present only under the {@code faults} profile: without it there is no endpoint and no overhead.
 * Its endpoint is on the management port ({@link FaultsManagementConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("faults")
public class FaultsConfiguration {

    @Bean
    Faults faults(ListableBeanFactory beans) {
        Set<String> components = new HashSet<>();
        Arrays.stream(beans.getBeanNamesForAnnotation(ModuleFacade.class))
                .map(name -> beans.findAnnotationOnBean(name, ModuleFacade.class))
                .forEach(facade -> components.add(facade.module()));
        if (beans.getBeanNamesForType(DataSource.class, false, false).length > 0) {
            components.add(FaultyDataSource.COMPONENT);
        }
        return new Faults(components);
    }

    @Bean
    FaultInjectionAspect faultInjectionAspect(Faults faults) {
        return new FaultInjectionAspect(faults);
    }

    @Bean
    static BeanPostProcessor faultyDataSources(org.springframework.beans.factory.ObjectProvider<Faults> faults) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof FaultyDataSource)
                        ? new FaultyDataSource(dataSource, faults.getObject())
                        : bean;
            }
        };
    }
}
