package uk.assure.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  PdfRendering() {
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
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withProducer("Assure");
    // One face for every weight: the bundled font has no bold, and a missing weight would fall
    // back to a standard PDF font that is not embedded.
    for (int weight : new int[] {400, 700}) {
      builder.useFont(
          () -> new ByteArrayInputStream(font), FONT_FAMILY, weight, FontStyle.NORMAL, true);
      builder.useFont(
          () -> new ByteArrayInputStream(font), FONT_FAMILY, weight, FontStyle.ITALIC, true);
    }
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    builder.run();
    return out.toByteArray();
  }
}
