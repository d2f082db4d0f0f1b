package uk.assure.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;

/** An analyst imports a file from the staff area and follows it to its report. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class ImportPageTest {

  @Autowired MockMvc mvc;

  @Test
  void anAnalystUploadsAFileAndReadsTheReport() throws Exception {
    var analyst = user(TestUsers.withRole(Role.ANALYST));
    MockMultipartFile file =
        new MockMultipartFile(
            "file",
            "waits.csv",
            "text/csv",
            "gss,indicator,period,numerator,denominator,value,unit\nE06000016,Waiting days,2025-Q2,,,30,days\n"
                .getBytes(StandardCharsets.UTF_8));

    String location =
        mvc.perform(
                multipart("/staff/indicators/imports")
                    .file(file)
                    .param("layout", "generic")
                    .with(analyst)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    String page = "";
    for (int attempt = 0; attempt < 50 && !page.contains("Imported"); attempt++) {
      Thread.sleep(100);
      page =
          mvc.perform(get(location).with(analyst)).andReturn().getResponse().getContentAsString();
    }
    assertThat(page).contains("Imported").contains("1 rows read, 1 values stored");
  }

  @Test
  void aFileThatIsNotACsvOrHasNoPeriodIsRefusedWithAMessage() throws Exception {
    var analyst = user(TestUsers.withRole(Role.ANALYST));
    MockMultipartFile spreadsheet =
        new MockMultipartFile("file", "data.xlsx", "text/csv", new byte[] {'P', 'K', 3, 4, 0, 0});
    MockMultipartFile csv =
        new MockMultipartFile(
            "file", "a.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8));

    mvc.perform(
            multipart("/staff/indicators/imports")
                .file(spreadsheet)
                .param("layout", "generic")
                .with(analyst)
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The file is not a CSV file")));
    mvc.perform(
            multipart("/staff/indicators/imports")
                .file(csv)
                .param("layout", "ascof")
                .with(analyst)
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter the period the file covers")));
  }

  @Test
  void onlyAnalystsAndAdministratorsImport() throws Exception {
    MockMultipartFile csv =
        new MockMultipartFile(
            "file", "a.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8));

    mvc.perform(
            multipart("/staff/indicators/imports")
                .file(csv)
                .param("layout", "generic")
                .with(user(TestUsers.withRole(Role.ASSESSOR)))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }
}
