package uk.assure.factcheck.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report's PDF as a download. */
final class DraftResponses {

  private DraftResponses() {}

  static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(pdf);
  }
}
