package uk.assure.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

  @Test
  void foldersControlAndReservedCharactersAndLeadingDotsAreRemoved() {
    assertThat(SafeFileName.of("C:\\Users\\me\\Self assessment.docx"))
        .isEqualTo("Self assessment.docx");
    assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("passwd");
    assertThat(SafeFileName.of("..hidden")).isEqualTo("hidden");
    assertThat(SafeFileName.of("a<script>b\u0007\u202E.pdf")).isEqualTo("ascriptb.pdf");
  }

  @Test
  void aNameWithNothingLeftBecomesDocument() {
    assertThat(SafeFileName.of("...")).isEqualTo("document");
    assertThat(SafeFileName.of(null)).isEqualTo("document");
  }

  @Test
  void aLongNameIsShortenedKeepingItsExtension() {
    String name = SafeFileName.of("n".repeat(300) + ".xlsx");
    assertThat(name).hasSize(SafeFileName.MAX_LENGTH).endsWith("n.xlsx");
  }

  @Test
  void aNameHoldingAControlCharacterIsToldApartFromAnOrdinaryOne() {
    assertThat(SafeFileName.holdsControlCharacters("a\u0000b.txt")).isTrue();
    assertThat(SafeFileName.holdsControlCharacters("line\nbreak.txt")).isTrue();
    assertThat(SafeFileName.holdsControlCharacters("Résumé (final) – v2.docx")).isFalse();
    assertThat(SafeFileName.holdsControlCharacters(null)).isFalse();
  }
}
