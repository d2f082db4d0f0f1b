package uk.assure.factcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.assure.report.domain.ReportSection;

class ReportSnapshotTest {

  private static final List<ReportSection> SECTIONS =
      List.of(new ReportSection("QS1", "Needs", "Text"));

  @Test
  void theHashIsTheSha256OfTheContentAndChangesWithAnyPartOfIt() {
    ReportSnapshot one = ReportSnapshot.of("T", SECTIONS, "<p>x</p>", new byte[] {1});

    assertThat(one.contentHash()).matches("[0-9a-f]{64}");
    assertThat(ReportSnapshot.of("T", SECTIONS, "<p>x</p>", new byte[] {1}).contentHash())
        .isEqualTo(one.contentHash());
    assertThat(ReportSnapshot.of("T", SECTIONS, "<p>x</p>", new byte[] {2}).contentHash())
        .isNotEqualTo(one.contentHash());
    assertThat(ReportSnapshot.of("T", SECTIONS, "<p>y</p>", new byte[] {1}).contentHash())
        .isNotEqualTo(one.contentHash());
    assertThat(
            ReportSnapshot.of(
                    "T",
                    List.of(new ReportSection("QS1", "Needs", "Text.")),
                    "<p>x</p>",
                    new byte[] {1})
                .contentHash())
        .isNotEqualTo(one.contentHash());
  }

  @Test
  void boundariesBetweenPartsCountSoMovingTextBetweenThemChangesTheHash() {
    assertThat(ReportSnapshot.of("Ta", SECTIONS, "b", new byte[0]).contentHash())
        .isNotEqualTo(ReportSnapshot.of("T", SECTIONS, "ab", new byte[0]).contentHash());
  }

  @Test
  void aSnapshotWhoseHashDoesNotMatchItsContentIsRefused() {
    String hash = ReportSnapshot.of("T", SECTIONS, "x", new byte[] {1}).contentHash();
    assertThatThrownBy(() -> new ReportSnapshot("T", SECTIONS, "y", new byte[] {1}, hash))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
