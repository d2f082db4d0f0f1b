package uk.assure.indicator.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * Reads an ASCOF file on a reader thread while the caller's thread stores what it has read: the
 * reader reads and checks the file and hands values over in batches as it goes, and the caller, in
 * its own transaction, stores each batch as it arrives. A few batches wait between the two at most,
 * so a large file is never held in memory whole.
 */
@Component
class ReadWhileStoring {

  /** What the caller does with what the reader hands over, on the caller's thread. */
  interface Storer {
    /** Values in COPY text; {@code again} if some may have been handed over before. */
    void values(byte[] copyText, boolean again);

    /** The file is not UTF-8 after all: forget every value stored; it is read again. */
    void restart();
  }

  /** What the reading thread hands to the storing one. */
  private sealed interface Handover {
    record Values(byte[] copyText, boolean again) implements Handover {}

    record Restart() implements Handover {}

    record Done(ParsedFile parsed) implements Handover {}

    record Failed(Throwable cause) implements Handover {}
  }

  private final ExecutorService readers =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "indicator-import-reader");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * Reads the file on a reader thread, handing each batch to the storer on this one, and returns
   * what the reader made of the file once it has read it all.
   *
   * @throws UncheckedIOException if the file could not be read
   */
  ParsedFile read(
      Path file,
      String period,
      CouncilMatcher matcher,
      LongConsumer progress,
      long importId,
      Storer storer) {
    BlockingQueue<Handover> handovers = new ArrayBlockingQueue<>(4);
    AtomicBoolean stopped = new AtomicBoolean();
    AscofParser.Sink sink =
        new AscofParser.Sink() {
          @Override
          public int batch() {
            return IndicatorImports.BATCH;
          }

          @Override
          public void values(List<IndicatorRow> values, boolean again) throws InterruptedException {
            hand(handovers, stopped, new Handover.Values(CopyText.of(values, importId), again));
          }

          @Override
          public void restart() throws InterruptedException {
            hand(handovers, stopped, new Handover.Restart());
          }
        };
    readers.execute(
        () -> {
          Handover last;
          try {
            last = new Handover.Done(AscofParser.parse(file, period, matcher, progress, sink));
          } catch (Throwable e) {
            last = new Handover.Failed(e);
          }
          try {
            hand(handovers, stopped, last);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    try {
      while (true) {
        Handover handover = handovers.take();
        if (handover instanceof Handover.Values values) {
          storer.values(values.copyText(), values.again());
        } else if (handover instanceof Handover.Restart) {
          storer.restart();
        } else if (handover instanceof Handover.Done done) {
          return done.parsed();
        } else {
          Throwable cause = ((Handover.Failed) handover).cause();
          if (cause instanceof IOException e) {
            throw new UncheckedIOException(e);
          }
          if (cause instanceof RuntimeException e) {
            throw e;
          }
          throw new IllegalStateException("Could not read the file", cause);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The import was interrupted", e);
    } finally {
      stopped.set(true);
    }
  }

  /** Hands something to the storing thread, unless it has stopped waiting. */
  private static void hand(BlockingQueue<Handover> handovers, AtomicBoolean stopped, Handover h)
      throws InterruptedException {
    while (!handovers.offer(h, 100, TimeUnit.MILLISECONDS)) {
      if (stopped.get()) {
        throw new InterruptedException("The import stopped before the file was read");
      }
    }
  }
}
