package uk.assure.rating.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "rate")
public final class RateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
