package uk.assure.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.assure.audit.domain.AuditEntry;

/** The audit chain as stored: appended to at its end, read in order, searched newest first. */
public interface AuditEntryRecords {

  /**
   * Takes the lock that serialises appends, for the rest of the caller's transaction, so that
   * concurrent requests and several instances of Assure on one database build one linear chain.
   */
  void lockForAppend();

  /** The entry at the end of the chain, if there is one. */
  Optional<AuditEntry> last();

  void append(AuditEntry entry);

  /** Every entry in chain order, read in batches rather than all at once. */
  void forEachInOrder(Consumer<AuditEntry> each);

  /** Entries matching a filter, newest first, skipping {@code offset} and at most {@code limit}. */
  List<AuditEntry> find(AuditFilter filter, int limit, long offset);

  long count(AuditFilter filter);
}
