package uk.assure.market.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdsSheetReaderTest {

  @TempDir Path dir;

  private static String document(String sheets) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content
          xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
          xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
        <office:body><office:spreadsheet>%s</office:spreadsheet></office:body>
        </office:document-content>
        """
        .formatted(sheets);
  }

  private List<String> rows(String sheets) throws IOException {
    Path file = dir.resolve("sheet.ods");
    OdsText.write(file, document(sheets));
    List<String> rows = new ArrayList<>();
    boolean found =
        new OdsSheetReader().read(file, "Data", (n, cells) -> rows.add(n + ":" + cells));
    assertThat(found).isTrue();
    return rows;
  }

  @Test
  void repeatedCellsWithContentAreExpandedAndEmptyOnesOnlyBeforeContent() throws IOException {
    assertThat(
            rows(
                """
                <table:table table:name="Data"><table:table-row>
                <table:table-cell table:number-columns-repeated="3"><text:p>a</text:p></table:table-cell>
                <table:table-cell table:number-columns-repeated="2"/>
                <table:covered-table-cell><text:p>b</text:p></table:covered-table-cell>
                <table:table-cell table:number-columns-repeated="16000"/>
                </table:table-row></table:table>
                """))
        .containsExactly("1:[a, a, a, , , b]");
  }

  @Test
  void emptyRowsAreSkippedButCountedAndRepeatedRowsWithContentRepeat() throws IOException {
    assertThat(
            rows(
                """
                <table:table table:name="Data">
                <table:table-row table:number-rows-repeated="4"><table:table-cell/></table:table-row>
                <table:table-row table:number-rows-repeated="2">
                <table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>
                <table:table-row table:number-rows-repeated="1048570">
                <table:table-cell table:number-columns-repeated="16384"/></table:table-row>
                </table:table>
                """))
        .containsExactly("5:[x]", "6:[x]");
  }

  @Test
  void textKeepsSpacesAndParagraphsAndLeavesCommentsOut() throws IOException {
    assertThat(
            rows(
                """
                <table:table table:name="Data"><table:table-row><table:table-cell>
                <office:annotation><text:p>a comment</text:p></office:annotation>
                <text:p>one<text:s text:c="2"/>two <text:span>&amp; three</text:span></text:p>
                <text:p>four</text:p></table:table-cell></table:table-row></table:table>
                """))
        .containsExactly("1:[one  two & three\nfour]");
  }

  @Test
  void dateCellsAreGivenAsDayMonthYear() throws IOException {
    assertThat(
            rows(
                """
                <table:table table:name="Data"><table:table-row>
                <table:table-cell office:value-type="date" office:date-value="2019-05-14">
                <text:p>14 May 2019</text:p></table:table-cell>
                <table:table-cell office:value-type="date" office:date-value="2020-02-29T10:00:00">
                <text:p>29/02/20</text:p></table:table-cell></table:table-row></table:table>
                """))
        .containsExactly("1:[14/05/2019, 29/02/2020]");
  }

  @Test
  void onlyTheNamedSheetIsReadAndAMissingOneIsReported() throws IOException {
    assertThat(
            rows(
                """
                <table:table table:name="Other"><table:table-row>
                <table:table-cell><text:p>other</text:p></table:table-cell></table:table-row></table:table>
                <table:table table:name="Data"><table:table-row>
                <table:table-cell><text:p>data</text:p></table:table-cell></table:table-row></table:table>
                """))
        .containsExactly("1:[data]");

    Path file = dir.resolve("other.ods");
    OdsText.write(file, document("<table:table table:name=\"Other\"/>"));
    assertThat(new OdsSheetReader().read(file, "Data", (n, cells) -> {})).isFalse();
  }

  @Test
  void aBrokenDocumentIsAnIoProblemNotACrash() throws IOException {
    Path file = dir.resolve("broken.ods");
    OdsText.write(file, "<office:document-content><unclosed>");
    assertThatThrownBy(() -> new OdsSheetReader().read(file, "Data", (n, cells) -> {}))
        .isInstanceOf(IOException.class);
  }
}
