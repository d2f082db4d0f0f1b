package uk.assure.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs scheduled work (reminders, reading documents' text, and sending email where SMTP is
 * configured) whatever else is set up; each job decides for itself whether it has anything to do.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
