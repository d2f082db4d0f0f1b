package uk.assure.report;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a report's XHTML into a tagged PDF (PDF/UA as far as openhtmltopdf goes: structure tree,
 * title, language, headings and tables tagged) with its one font embedded. The font is Liberation
 * Sans, which PDFBox ships in its jar under the SIL Open Font License 1.1. The report's HTML never
 * reaches outside the document: every external resource is refused.
 */
@Component
class PdfRendering {

  static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final byte[] font;
  private final FSCacheEx<String, FSCacheValue> fontMetrics = new SharedCache();

  PdfRendering() {
    XRLog.setLoggerImpl(new WarningsOnly());
    try (InputStream in = PdfRendering.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("The report font is missing from the classpath: " + FONT);
      }
      font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] render(String xhtml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PDDocument document = new PDDocument();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(document);
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withProducer("Assure");
    // One face: the bundled font has no bold or italic, so the print styles ask for neither (a
    // face not registered would fall back to a standard PDF font, which is not embedded).
    builder.useFont(
        new PDFontSupplier(PDType0Font.load(document, withoutLigatures(), true)),
        FONT_FAMILY,
        400,
        FontStyle.NORMAL,
        true);
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  /**
   * The font with glyph substitution (ligatures) off. Layout measures text without ligatures, so
   * drawing must not add them; and working them out for every run of text is most of the cost of a
   * report otherwise.
   */
  private TrueTypeFont withoutLigatures() throws IOException {
    TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
    parsed.setEnableGsub(false);
    return parsed;
  }

  /** The font's metrics, worked out once and shared by every report rendered in this process. */
  private static final class SharedCache implements FSCacheEx<String, FSCacheValue> {

    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return values.computeIfAbsent(
          key,
          k -> {
            try {
              return loader.call();
            } catch (Exception e) {
              throw new IllegalStateException("Could not read the report font's metrics", e);
            }
          });
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }
  }

  /** openhtmltopdf's log, warnings and errors only, through the application's logging. */
  private static final class WarningsOnly implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
      log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
      if (level.intValue() >= Level.SEVERE.intValue()) {
        log.error("{}: {}", where, message, error);
      } else if (level.intValue() >= Level.WARNING.intValue()) {
        log.warn("{}: {}", where, message, error);
      }
    }

    @Override
    public void setLevel(String where, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
  }
}
