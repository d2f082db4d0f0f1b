package uk.assure.indicator.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.shared.domain.Refusal;

/**
 * The import form as sent, read: the layout, the period the file covers (for layouts that need one)
 * and the file, or the first of them that cannot be taken, refused.
 */
sealed interface ImportUpload {

  /** A file that can be imported in the layout chosen. */
  record Ready(IndicatorImports.Format format, String period, MultipartFile file, String fileName)
      implements ImportUpload {}

  /** Why the upload cannot be taken, on the field at fault. */
  record Refused(Refusal refusal) implements ImportUpload {}

  /** Reads the form, checking the layout, then the period, then the file. */
  static ImportUpload read(String layout, String period, MultipartFile file) throws IOException {
    IndicatorImports.Format format;
    try {
      format = IndicatorImports.Format.fromCode(layout);
    } catch (IllegalArgumentException e) {
      return new Refused(new Refusal("layout", "indicators.import.layout"));
    }
    if (format.needsPeriod() && !period.strip().matches("\\d{4}-\\d{2}")) {
      return new Refused(new Refusal("period", "indicators.import.period"));
    }
    if (file == null || file.isEmpty()) {
      return new Refused(new Refusal("file", "indicators.import.empty"));
    }
    if (!looksLikeText(file)) {
      return new Refused(new Refusal("file", "indicators.import.notCsv"));
    }
    return new Ready(
        format,
        period.isBlank() ? null : period.strip(),
        file,
        safeName(file.getOriginalFilename()));
  }

  /** A CSV file is text: a NUL byte early on means a spreadsheet, an image or some other file. */
  private static boolean looksLikeText(MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      byte[] start = in.readNBytes(8192);
      for (byte b : start) {
        if (b == 0) {
          return false;
        }
      }
      return !(start.length >= 2 && start[0] == 'P' && start[1] == 'K');
    }
  }

  private static String safeName(String name) {
    String base = name == null ? "upload.csv" : name.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("[^A-Za-z0-9._ -]", "_");
    return base.isBlank() ? "upload.csv" : base.substring(0, Math.min(200, base.length()));
  }
}
