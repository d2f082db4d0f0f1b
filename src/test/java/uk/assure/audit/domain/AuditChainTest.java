package uk.assure.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00.123456Z");

  @Test
  void anUntouchedChainIsIntact() {
    List<AuditEntry> chain = chain(3);

    AuditChain.Verification result = AuditChain.verify(chain.iterator());

    assertThat(result.intact()).isTrue();
    assertThat(result.entries()).isEqualTo(3);
    assertThat(result.lastHash()).isEqualTo(chain.get(2).hash());
  }

  @Test
  void anEditedEntryIsFoundByItsHash() {
    List<AuditEntry> chain = chain(3);
    AuditEntry second = chain.get(1);
    chain.set(1, copy(second, "{\"reason\":\"edited\"}", second.previousHash(), second.hash()));

    assertThat(AuditChain.verify(chain.iterator()).firstBreak())
        .contains(new AuditChain.Break(2, AuditChain.Reason.ALTERED));
  }

  @Test
  void anEntryRewrittenWithAFreshHashBreaksTheLinkToTheNext() {
    List<AuditEntry> chain = chain(3);
    AuditEntry second = chain.get(1);
    AuditEntry forged = copy(second, "{\"reason\":\"forged\"}", second.previousHash(), "x");
    chain.set(1, copy(forged, forged.details(), forged.previousHash(), AuditHash.of(forged)));

    assertThat(AuditChain.verify(chain.iterator()).firstBreak())
        .contains(new AuditChain.Break(3, AuditChain.Reason.BROKEN_LINK));
  }

  @Test
  void aRemovedOrReorderedEntryIsFound() {
    List<AuditEntry> removed = chain(3);
    removed.remove(1);
    List<AuditEntry> reordered = chain(3);
    reordered.add(0, reordered.remove(1));

    assertThat(AuditChain.verify(removed.iterator()).firstBreak())
        .contains(new AuditChain.Break(2, AuditChain.Reason.MISSING_ENTRY));
    assertThat(AuditChain.verify(reordered.iterator()).firstBreak())
        .contains(new AuditChain.Break(1, AuditChain.Reason.MISSING_ENTRY));
  }

  @Test
  void theSerialisationCannotBeShiftedBetweenFields() {
    String one =
        AuditHash.of(
            AuditHash.GENESIS, 1, T0, "ab", null, AuditAction.SIGN_IN, "c", null, null, null, "{}");
    String other =
        AuditHash.of(
            AuditHash.GENESIS, 1, T0, "a", null, AuditAction.SIGN_IN, "bc", null, null, null, "{}");

    assertThat(one).isNotEqualTo(other).hasSize(64);
  }

  private static List<AuditEntry> chain(int length) {
    List<AuditEntry> entries = new ArrayList<>();
    String previous = AuditHash.GENESIS;
    for (int i = 1; i <= length; i++) {
      AuditEntry draft =
          new AuditEntry(
              i,
              T0.plusSeconds(i),
              "person" + i + "@example.org",
              "assessor",
              AuditAction.SCORE_CHANGED,
              "assessment",
              "id-" + i,
              "E09000007",
              "127.0.0.1",
              "{\"n\":" + i + "}",
              previous,
              "pending");
      AuditEntry entry = copy(draft, draft.details(), previous, AuditHash.of(draft));
      entries.add(entry);
      previous = entry.hash();
    }
    return entries;
  }

  private static AuditEntry copy(AuditEntry e, String details, String previousHash, String hash) {
    return new AuditEntry(
        e.sequence(),
        e.occurredAt(),
        e.actor(),
        e.actorRole(),
        e.action(),
        e.subjectType(),
        e.subjectId(),
        e.councilGss(),
        e.clientAddress(),
        details,
        previousHash,
        hash);
  }
}
