package uk.assure.endtoend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real documents a council sends: a PDF and a Word document, each carrying a chosen word. */
final class TestDocuments {

  private TestDocuments() {}

  static byte[] pdf(String word) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText("Adult social care strategy 2025 to 2028.");
        text.newLineAtOffset(0, -18);
        text.showText("Our " + word + " programme helps people leave hospital sooner.");
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String word) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Carers' strategy and action plan.");
      document
          .createParagraph()
          .createRun()
          .setText("The " + word + " service gives carers a break every month.");
      document.write(out);
      return out.toByteArray();
    }
  }

  /** A pseudonymous case list in the council's template, with a spread of people. */
  static byte[] caseList(int rows) {
    String[] ages = {"18-24", "25-64", "65-74", "75-84", "85+"};
    String[] reasons = {
      "physical", "sensory", "memory_cognition", "learning_disability", "mental_health", "social"
    };
    String[] settings = {"own_home", "supported_living", "shared_lives", "residential", "nursing"};
    StringBuilder csv =
        new StringBuilder(
            "case_reference,age_band,primary_support_reason,setting,carer,"
                + "transition_from_childrens_services,safeguarding_enquiry,hospital_discharge\r\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(String.format("CT-%04d", i))
          .append(',')
          .append(ages[i % ages.length])
          .append(',')
          .append(reasons[i % reasons.length])
          .append(',')
          .append(settings[i % settings.length])
          .append(',')
          .append(i % 3 == 0 ? "yes" : "no")
          .append(',')
          .append(i % 7 == 0 ? "yes" : "no")
          .append(',')
          .append(i % 5 == 0 ? "yes" : "no")
          .append(',')
          .append(i % 4 == 0 ? "yes" : "no")
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
