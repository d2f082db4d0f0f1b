package uk.assure.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs every scheduled job (reading documents' text, sending the email outbox when mail is set up)
 * whatever else is configured. Jobs that need something decide for themselves whether they exist,
 * as the outbox sender does with {@code spring.mail.host}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
