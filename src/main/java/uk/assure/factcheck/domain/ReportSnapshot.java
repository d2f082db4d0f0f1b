package uk.assure.factcheck.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.assure.report.domain.ComposedReport;
import uk.assure.report.domain.ReportSection;

/**
 * A report as it was kept when it was sent as a draft or published: its title, sections, HTML and
 * PDF, and the SHA-256 of all of them, so anyone holding the content can show it is what was kept.
 *
 * <p>The hash covers, in this order, the title, then each section's key, heading and text, then the
 * HTML body, each as its UTF-8 bytes preceded by their length as a 4-byte big-endian number, then
 * the PDF's bytes with their length the same way. Lengths make the boundaries unambiguous.
 */
public record ReportSnapshot(
    String title, List<ReportSection> sections, String htmlBody, byte[] pdf, String contentHash) {

  public ReportSnapshot {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(htmlBody, "htmlBody");
    Objects.requireNonNull(pdf, "pdf");
    sections = List.copyOf(sections);
    if (!contentHash.equals(hash(title, sections, htmlBody, pdf))) {
      throw new IllegalArgumentException("The content hash does not match the content");
    }
  }

  /** The snapshot of a report as just composed. */
  public static ReportSnapshot of(ComposedReport report) {
    return of(report.title(), report.sections(), report.htmlBody(), report.pdf());
  }

  public static ReportSnapshot of(
      String title, List<ReportSection> sections, String htmlBody, byte[] pdf) {
    return new ReportSnapshot(
        title, sections, htmlBody, pdf.clone(), hash(title, sections, htmlBody, pdf));
  }

  public Optional<ReportSection> section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** The SHA-256 of a report's content, in lower-case hexadecimal, as described above. */
  public static String hash(
      String title, List<ReportSection> sections, String htmlBody, byte[] pdf) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
    text(digest, title);
    for (ReportSection section : sections) {
      text(digest, section.key());
      text(digest, section.heading());
      text(digest, section.text());
    }
    text(digest, htmlBody);
    bytes(digest, pdf);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void text(MessageDigest digest, String text) {
    bytes(digest, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(MessageDigest digest, byte[] bytes) {
    int n = bytes.length;
    digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    digest.update(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportSnapshot that && contentHash.equals(that.contentHash);
  }

  @Override
  public int hashCode() {
    return contentHash.hashCode();
  }

  @Override
  public String toString() {
    return "ReportSnapshot[" + title + ", " + contentHash + "]";
  }
}
