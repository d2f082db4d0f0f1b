package uk.assure.indicator.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.shared.domain.Refusal;

class ImportUploadTest {

  private static final MockMultipartFile CSV =
      new MockMultipartFile(
          "file", "dir/ascof 2025?.csv", "text/csv", "a,b\n1,2\n".getBytes(UTF_8));

  @Test
  void anUploadThatCanBeImportedIsReadWithASafeFileName() throws IOException {
    ImportUpload read = ImportUpload.read("ascof", " 2024-25 ", CSV);

    assertThat(read)
        .isEqualTo(
            new ImportUpload.Ready(
                IndicatorImports.Format.ASCOF, "2024-25", CSV, "ascof 2025_.csv"));
    assertThat(ImportUpload.read("survey", "", CSV))
        .isEqualTo(
            new ImportUpload.Ready(IndicatorImports.Format.SURVEY, null, CSV, "ascof 2025_.csv"));
  }

  @Test
  void theLayoutThenThePeriodThenTheFileAreChecked() throws IOException {
    MockMultipartFile zip =
        new MockMultipartFile("file", "x.xlsx", null, new byte[] {'P', 'K', 3, 4});
    MockMultipartFile empty = new MockMultipartFile("file", new byte[0]);

    assertThat(ImportUpload.read("nonsense", "", null))
        .isEqualTo(new ImportUpload.Refused(new Refusal("layout", "indicators.import.layout")));
    assertThat(ImportUpload.read("ascof", "2024", null))
        .isEqualTo(new ImportUpload.Refused(new Refusal("period", "indicators.import.period")));
    assertThat(ImportUpload.read("generic", "", empty))
        .isEqualTo(new ImportUpload.Refused(new Refusal("file", "indicators.import.empty")));
    assertThat(ImportUpload.read("generic", "", zip))
        .isEqualTo(new ImportUpload.Refused(new Refusal("file", "indicators.import.notCsv")));
  }
}
