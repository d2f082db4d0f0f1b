package uk.assure.document.extraction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.document.DocumentRecords;
import uk.assure.document.DocumentStore;
import uk.assure.document.domain.PassageSplitter;

/**
 * Reads the text of documents in the background, one at a time per instance. Work is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances share it; work an instance abandoned (it
 * stopped mid-way) is taken up again once it is older than the time limit allows.
 */
@Component
public class ExtractionWorker {

  private final DocumentRecords documents;
  private final DocumentStore store;
  private final TextExtraction extraction;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Duration abandonedAfter;

  ExtractionWorker(
      DocumentRecords documents,
      DocumentStore store,
      TextExtraction extraction,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${assure.documents.extraction.time-limit:PT2M}") Duration timeLimit) {
    this.documents = documents;
    this.store = store;
    this.extraction = extraction;
    this.transaction = transaction;
    this.clock = clock;
    this.abandonedAfter = timeLimit.multipliedBy(3);
  }

  @Scheduled(fixedDelayString = "${assure.documents.extraction.interval:PT2S}")
  void extractWaiting() {
    while (extractNext()) {
      // keep going while there is work
    }
  }

  /** Extracts the text of the next waiting document, if there is one; true if there was. */
  public boolean extractNext() {
    Instant now = clock.instant();
    Optional<DocumentRecords.Claim> claim =
        transaction.execute(status -> documents.claimExtraction(now, now.minus(abandonedAfter)));
    if (claim.isEmpty()) {
      return false;
    }
    DocumentRecords.Claim work = claim.get();
    TextExtraction.Result result = extraction.extract(store.open(work.hash()));
    transaction.executeWithoutResult(
        status -> {
          if (result instanceof TextExtraction.Result.Text text) {
            documents.saveText(
                work.hash(),
                PassageSplitter.split(text.pages(), text.paged()),
                text.paged() ? Optional.of(text.pages().size()) : Optional.empty(),
                text.truncated(),
                clock.instant());
          } else {
            documents.failExtraction(
                work.hash(), ((TextExtraction.Result.Failed) result).problem(), clock.instant());
          }
        });
    return true;
  }
}
