package uk.assure.report;

import java.util.List;

/**
 * The report cannot be composed or rendered now; the message key says why, for the person asking.
 */
public class ReportUnavailable extends Exception {

  private final String messageKey;
  private final List<Object> arguments;

  public ReportUnavailable(String messageKey, List<Object> arguments, Throwable cause) {
    super(messageKey, cause);
    this.messageKey = messageKey;
    this.arguments = List.copyOf(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
