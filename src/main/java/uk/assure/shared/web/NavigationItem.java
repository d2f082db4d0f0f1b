package uk.assure.shared.web;

/** A link in the service navigation: its path and the message key of its text. */
public record NavigationItem(String path, String messageKey) {}
