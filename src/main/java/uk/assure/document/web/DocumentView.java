package uk.assure.document.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.assure.document.StoredDocument;
import uk.assure.document.domain.ExtractionStatus;

/** A document as a list shows it. */
record DocumentView(
    String id,
    String fileName,
    String href,
    String size,
    String uploadedBy,
    String uploadedOn,
    String statusKey,
    boolean failed,
    boolean truncated) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  static DocumentView of(StoredDocument document, String base) {
    String statusKey =
        document.status() == ExtractionStatus.FAILED
            ? "documents.problem." + document.problem().orElseThrow().code()
            : "documents.status." + document.status().code();
    return new DocumentView(
        document.id().toString(),
        document.fileName(),
        base + "/" + document.id(),
        size(document.sizeBytes()),
        document.uploadedBy(),
        WHEN.format(document.uploadedAt()).replace("AM", "am").replace("PM", "pm"),
        statusKey,
        document.status() == ExtractionStatus.FAILED,
        document.textTruncated());
  }

  /** A size as people read it: 820 bytes, 14 KB, 3.2 MB. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    double mb = bytes / (1024.0 * 1024.0);
    return mb < 10 ? String.format(Locale.UK, "%.1f MB", mb) : Math.round(mb) + " MB";
  }
}
