package uk.assure.inforeturn;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.inforeturn.domain.RequestItem;

/**
 * The catalogue of requests an information return is made from, kept by admins. A change applies to
 * returns opened afterwards; returns already sent keep what they asked.
 */
@Service
public class RequestCatalogue {

  /** What became of a change to the catalogue. */
  public enum Outcome {
    SAVED,
    CODE_TAKEN,
    CHANGED_BY_SOMEONE_ELSE
  }

  private final ReturnRecords records;
  private final AuditTrail audit;
  private final Clock clock;

  RequestCatalogue(ReturnRecords records, AuditTrail audit, Clock clock) {
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  public List<CatalogueEntry> entries() {
    return records.catalogue();
  }

  public Optional<CatalogueEntry> entry(String code) {
    return RequestItem.isCode(code) ? records.catalogueEntry(code) : Optional.empty();
  }

  @Transactional
  public Outcome add(RequestItem item, String actor) {
    if (!records.addToCatalogue(item, actor, clock.instant())) {
      return Outcome.CODE_TAKEN;
    }
    audited(item, false, "added", actor);
    return Outcome.SAVED;
  }

  @Transactional
  public Outcome change(RequestItem item, boolean retired, int seenVersion, String actor) {
    if (!records.changeInCatalogue(item, retired, seenVersion, actor, clock.instant())) {
      return Outcome.CHANGED_BY_SOMEONE_ELSE;
    }
    audited(item, retired, "changed", actor);
    return Outcome.SAVED;
  }

  private void audited(RequestItem item, boolean retired, String how, String actor) {
    audit.record(
        AuditRecord.of(AuditAction.REQUEST_ITEM_CHANGED, actor)
            .about("request_item", item.code())
            .withDetail("change", how)
            .withDetail("title", item.title())
            .withDetail("statements", String.join(",", item.statements()))
            .withDetail("required", item.required())
            .withDetail("retired", retired));
  }
}
