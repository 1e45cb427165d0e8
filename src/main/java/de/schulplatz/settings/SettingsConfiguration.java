package de.schulplatz.settings;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/** Runs the {@link SettingsCheck} before any bean is made: a mistyped setting stops the start at once. */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    @Bean
    static BeanFactoryPostProcessor unknownSettingsCheck(ConfigurableEnvironment environment) {
        return beanFactory -> SettingsCheck.ofApplication().check(environment);
    }
}
