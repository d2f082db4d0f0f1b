package uk.assure.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.assure.audit.AuditFilter;
import uk.assure.audit.domain.AuditAction;

class AuditQueryTest {

  @Test
  void aQueryThatCanBeReadGivesTheFilterAndPage() {
    AuditAction action = AuditAction.values()[0];
    AuditQuery query =
        AuditQuery.read(
            action.code(), "a@b.c", "E09000001", "x", "2026-01-02", " 2026-02-03 ", "3");

    assertThat(query.readable()).isTrue();
    assertThat(query.filter())
        .isEqualTo(
            new AuditFilter(
                action,
                "a@b.c",
                "E09000001",
                "x",
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 2, 3)));
    assertThat(query.page()).isEqualTo(3);
  }

  @Test
  void eachFieldThatCannotBeReadIsNamed() {
    AuditQuery query = AuditQuery.read("no-such-action", "", "", "", "2026-13-01", "soon", "x");

    assertThat(query.readable()).isFalse();
    assertThat(query.problems()).containsExactly("action", "from", "to");
    assertThat(query.page()).isEqualTo(1);
  }

  @Test
  void blankFieldsFilterNothing() {
    AuditQuery query = AuditQuery.read("", "", "", "", "", "", "1");

    assertThat(query.readable()).isTrue();
    assertThat(query.filter().action()).isNull();
    assertThat(query.filter().from()).isNull();
    assertThat(query.filter().to()).isNull();
  }
}
