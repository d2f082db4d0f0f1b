package uk.assure.audit.domain;

import java.util.Iterator;
import java.util.Optional;

/** Checks an audit trail, read in sequence order, for any sign of alteration. */
public final class AuditChain {

  /** What a check found: how many entries, the last hash, and the first break if any. */
  public record Verification(long entries, String lastHash, Optional<Break> firstBreak) {
    public boolean intact() {
      return firstBreak.isEmpty();
    }
  }

  /** Where and why the chain breaks. */
  public record Break(long sequence, Reason reason) {}

  public enum Reason {
    /** The entry's content does not give its stored hash: it was edited. */
    ALTERED,
    /** The entry does not point at the hash of the entry before: one was removed or replaced. */
    BROKEN_LINK,
    /** A sequence number is missing or out of order: an entry was removed or moved. */
    MISSING_ENTRY
  }

  private AuditChain() {}

  public static Verification verify(Iterator<AuditEntry> inOrder) {
    Verifier verifier = new Verifier();
    while (inOrder.hasNext() && verifier.accept(inOrder.next())) {
      // Keep reading until the first break.
    }
    return verifier.result();
  }

  /** Checks entries one at a time, so a long trail can be streamed rather than held. */
  public static final class Verifier {
    private long expected = 1;
    private String previous = AuditHash.GENESIS;
    private long count;
    private Break firstBreak;

    /** Checks the next entry; false once the chain is broken (later entries change nothing). */
    public boolean accept(AuditEntry entry) {
      if (firstBreak != null) {
        return false;
      }
      count++;
      if (entry.sequence() != expected) {
        firstBreak = new Break(expected, Reason.MISSING_ENTRY);
      } else if (!entry.previousHash().equals(previous)) {
        firstBreak = new Break(entry.sequence(), Reason.BROKEN_LINK);
      } else if (!entry.hashMatchesContent()) {
        firstBreak = new Break(entry.sequence(), Reason.ALTERED);
      } else {
        previous = entry.hash();
        expected++;
        return true;
      }
      return false;
    }

    public Verification result() {
      return new Verification(count, previous, Optional.ofNullable(firstBreak));
    }
  }
}
