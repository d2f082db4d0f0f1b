package uk.assure.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import uk.assure.assessment.domain.Assessment;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.document.domain.AcceptedType;
import uk.assure.document.domain.ContentHash;
import uk.assure.document.domain.DocumentId;
import uk.assure.document.domain.SafeFileName;

/**
 * Takes in the files councils send for an assessment and finds them again. A file is checked by its
 * bytes (never its name), stored once however often it is sent, and its text is then read in the
 * background for search.
 */
@Service
public class Documents {

  /** What became of an upload. */
  public sealed interface Outcome {
    /**
     * The file is held as {@code document}; {@code alreadyHeld} when the assessment had the same
     * file already, which is linked rather than stored again.
     */
    record Stored(StoredDocument document, boolean alreadyHeld) implements Outcome {}

    /** The file was refused, for the reason the message key gives; nothing was kept. */
    record Refused(String problemKey) implements Outcome {}
  }

  private static final int MAX_QUERY = 200;
  private static final int MAX_HITS = 50;

  private final DocumentRecords documents;
  private final DocumentStore store;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final long limitBytes;
  private final Detector detector = new DefaultDetector();

  Documents(
      DocumentRecords documents,
      DocumentStore store,
      AuditTrail audit,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize limit) {
    this.documents = documents;
    this.store = store;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
    this.limitBytes = limit.toBytes();
  }

  /** The largest file accepted, in bytes. */
  public long limitBytes() {
    return limitBytes;
  }

  /** Checks and keeps a file sent for an assessment. */
  public Outcome upload(Assessment assessment, Upload upload, String actor) {
    if (SafeFileName.holdsControlCharacters(upload.name())) {
      return new Outcome.Refused("documents.upload.nameUnstorable");
    }
    if (upload.size() <= 0) {
      return new Outcome.Refused("documents.upload.empty");
    }
    if (upload.size() > limitBytes) {
      return new Outcome.Refused("documents.upload.tooLarge");
    }
    ContentHash hash;
    String mediaType;
    try {
      hash = hash(upload);
      mediaType = detect(upload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (AcceptedType.forMediaType(mediaType).isEmpty()) {
      return new Outcome.Refused("documents.upload.typeRefused");
    }
    String name = SafeFileName.of(upload.name());
    return transaction.execute(status -> keep(assessment, upload, hash, mediaType, name, actor));
  }

  private Outcome keep(
      Assessment assessment,
      Upload upload,
      ContentHash hash,
      String mediaType,
      String name,
      String actor) {
    Instant now = clock.instant();
    if (documents.addContent(hash, upload.size(), mediaType, now)) {
      try (InputStream in = upload.content().open()) {
        long written = store.write(hash, in);
        if (written != upload.size()) {
          throw new IllegalStateException("The upload changed while it was being stored");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Optional<StoredDocument> held = documents.findByHash(assessment.id(), hash);
    if (held.isPresent()) {
      return new Outcome.Stored(held.get(), true);
    }
    DocumentId id = DocumentId.random();
    documents.add(id, assessment.id(), hash, name, actor, now);
    audit.record(
        AuditRecord.of(AuditAction.DOCUMENT_UPLOADED, actor)
            .about("document", id)
            .withCouncil(assessment.council().value())
            .withDetail("assessment", assessment.id().toString())
            .withDetail("file", name)
            .withDetail("sha256", hash.value())
            .withDetail("bytes", upload.size()));
    return new Outcome.Stored(documents.find(id).orElseThrow(), false);
  }

  /** A document of the assessment, if it has one with this id. */
  public Optional<StoredDocument> find(Assessment assessment, String id) {
    return DocumentId.parse(id)
        .flatMap(documents::find)
        .filter(d -> d.assessmentId().equals(assessment.id()));
  }

  public List<StoredDocument> inAssessment(Assessment assessment) {
    return documents.inAssessment(assessment.id());
  }

  /** Passages of the assessment's documents matching the words searched for. */
  public List<SearchHit> search(Assessment assessment, String query) {
    String words = query == null ? "" : query.strip();
    if (words.isEmpty()) {
      return List.of();
    }
    if (words.length() > MAX_QUERY) {
      words = words.substring(0, MAX_QUERY);
    }
    return documents.search(assessment.id(), words, MAX_HITS);
  }

  /** Copies a document's bytes to {@code out}, a chunk at a time. */
  public void copy(StoredDocument document, OutputStream out) throws IOException {
    try (InputStream in = store.open(document.hash())) {
      in.transferTo(out);
    }
  }

  private static ContentHash hash(Upload upload) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(upload.content().open(), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return ContentHash.of(digest.digest());
  }

  private String detect(Upload upload) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(upload.content().open())) {
      return detector.detect(in, new Metadata()).getBaseType().toString();
    }
  }
}
