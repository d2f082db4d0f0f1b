package uk.assure.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void readsQuotedValuesWithCommasQuotesAndLineBreaksCountingLinesAsTheFileHasThem()
      throws Exception {
    CsvRecords csv =
        new CsvRecords(
            new StringReader(
                "a,b,c\r\n"
                    + "\"Bristol, City of\",\"he said \"\"no\"\"\" ,3\r\n"
                    + "\n"
                    + "\"two\nlines\",x,\n"
                    + "  padded  ,,last"));

    assertThat(records(csv))
        .containsExactly(
            List.of("1:a", "b", "c"),
            List.of("2:Bristol, City of", "he said \"no\"", "3"),
            List.of("4:two\nlines", "x", ""),
            List.of("6:padded", "", "last"));
  }

  @Test
  void aRecordShorterThanTheHeaderGivesEmptyValues() throws Exception {
    CsvRecords csv = new CsvRecords(new StringReader("a,b,c\n1\n"));
    csv.next();
    csv.next();

    assertThat(csv.get(0)).isEqualTo("1");
    assertThat(csv.get(2)).isEmpty();
  }

  @Test
  void readsValuesLongerThanItsBuffer() throws Exception {
    String longValue = "x".repeat(200_000);
    String quoted = "y\"\"".repeat(50_000);
    CsvRecords csv =
        new CsvRecords(new StringReader(longValue + ",\"" + quoted + "\"\n" + longValue + "\n"));

    assertThat(csv.next()).isTrue();
    assertThat(csv.values()).containsExactly(longValue, "y\"".repeat(50_000));
    assertThat(csv.next()).isTrue();
    assertThat(csv.values()).containsExactly(longValue);
    assertThat(csv.next()).isFalse();
  }

  @Test
  void refusesAQuoteLeftOpenOrTextAfterAClosingQuoteNamingTheLine() {
    assertThatThrownBy(() -> records(new CsvRecords(new StringReader("a\n\"open,1\nmore\n"))))
        .isInstanceOfSatisfying(CsvRecords.Malformed.class, e -> assertThat(e.line()).isEqualTo(2));
    assertThatThrownBy(() -> records(new CsvRecords(new StringReader("a\nb\n\"x\"y,1\n"))))
        .isInstanceOfSatisfying(
            CsvRecords.Malformed.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.getMessage()).contains("after a closing double quote");
            });
  }

  @Test
  void closingStopsTheReadingAheadOfAFileThatIsNotReadToTheEnd() throws Exception {
    Reader endless =
        new Reader() {
          private final char[] record = "a,b\n".toCharArray();
          private long at;

          @Override
          public int read(char[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
              buffer[offset + i] = record[(int) (at++ % record.length)];
            }
            return length;
          }

          @Override
          public void close() {}
        };

    try (CsvRecords csv = new CsvRecords(endless)) {
      assertThat(csv.next()).isTrue();
      assertThat(csv.values()).containsExactly("a", "b");
      assertThat(readingAhead()).isTrue();
    }

    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (readingAhead() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(readingAhead()).isFalse();
  }

  @Test
  void whateverStopsTheReadingAheadReachesTheCallerInsteadOfLeavingItWaiting() {
    Reader failing =
        new Reader() {
          private boolean given;

          @Override
          public int read(char[] buffer, int offset, int length) {
            if (given) {
              throw new AssertionError("the disk went away");
            }
            given = true;
            "a,b\n1,2\n".getChars(0, 8, buffer, offset);
            return 8;
          }

          @Override
          public void close() {}
        };

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          try (CsvRecords csv = new CsvRecords(failing)) {
            assertThatThrownBy(() -> records(csv))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the disk went away");
          }
        });
  }

  private static boolean readingAhead() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("csv-read-ahead") && t.isAlive());
  }

  private static List<List<String>> records(CsvRecords csv)
      throws IOException, CsvRecords.Malformed {
    List<List<String>> records = new ArrayList<>();
    while (csv.next()) {
      List<String> values = new ArrayList<>(csv.values());
      values.set(0, csv.line() + ":" + values.get(0));
      records.add(values);
    }
    return records;
  }
}
