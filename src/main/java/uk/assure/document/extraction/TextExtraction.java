package uk.assure.document.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import uk.assure.document.domain.ExtractionProblem;

/**
 * Reads the text of a document with Apache Tika, within limits: a time limit, a limit on the
 * characters kept, and Tika's guards against files that expand far beyond their size or nest too
 * deeply. A document that breaks a limit fails with a {@link ExtractionProblem}; nothing it does
 * can stop the service.
 */
@Component
public class TextExtraction implements DisposableBean {

  /** The text read, page by page, or why there is none. */
  public sealed interface Result {
    record Text(List<String> pages, boolean paged, boolean truncated) implements Result {}

    record Failed(ExtractionProblem problem) implements Result {}
  }

  private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

  private final Duration timeLimit;
  private final int characterLimit;
  private final AutoDetectParser parser;
  private final ExecutorService reader =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "document-text");
            thread.setDaemon(true);
            return thread;
          });

  TextExtraction(
      @Value("${assure.documents.extraction.time-limit:PT2M}") Duration timeLimit,
      @Value("${assure.documents.extraction.character-limit:10000000}") int characterLimit) {
    this.timeLimit = timeLimit;
    this.characterLimit = characterLimit;
    this.parser = new AutoDetectParser();
    AutoDetectParserConfig config = new AutoDetectParserConfig();
    config.setMaximumCompressionRatio(100);
    config.setOutputThreshold(1_000_000);
    config.setMaximumDepth(100);
    config.setMaximumPackageEntryDepth(5);
    parser.setAutoDetectParserConfig(config);
  }

  /** The text of the document read from {@code content}, which this closes. */
  public Result extract(InputStream content) {
    PageTextHandler handler = new PageTextHandler(characterLimit);
    Future<Result> reading =
        reader.submit(
            () -> {
              try (TikaInputStream input = TikaInputStream.get(content)) {
                ParseContext context = new ParseContext();
                context.set(Parser.class, parser);
                parser.parse(input, handler, new Metadata(), context);
                return new Result.Text(handler.pages(), handler.paged(), false);
              } catch (SAXException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                  return new Result.Text(handler.pages(), handler.paged(), true);
                }
                return failure(e);
              } catch (EncryptedDocumentException e) {
                return new Result.Failed(ExtractionProblem.ENCRYPTED);
              } catch (TikaException | IOException | RuntimeException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                  return new Result.Text(handler.pages(), handler.paged(), true);
                }
                return failure(e);
              }
            });
    try {
      return reading.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      return new Result.Failed(ExtractionProblem.TIMED_OUT);
    } catch (InterruptedException e) {
      reading.cancel(true);
      Thread.currentThread().interrupt();
      return new Result.Failed(ExtractionProblem.TIMED_OUT);
    } catch (ExecutionException e) {
      return failure(e.getCause());
    }
  }

  private static Result failure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException) {
        return new Result.Failed(ExtractionProblem.ENCRYPTED);
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("zip bomb")) {
        return new Result.Failed(ExtractionProblem.EXPANDS_TOO_FAR);
      }
    }
    log.info("A document's text could not be read: {}", e.toString());
    return new Result.Failed(ExtractionProblem.UNREADABLE);
  }

  @Override
  public void destroy() {
    reader.shutdownNow();
  }
}
