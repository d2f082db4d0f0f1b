package uk.assure.opendata.web;

import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.assure.opendata.OpenDataset;
import uk.assure.opendata.OpenRatings;
import uk.assure.opendata.RatingsCsv;
import uk.assure.opendata.RatingsJson;
import uk.assure.opendata.RatingsXlsx;

/** The open data page, documenting the fields, and the three downloads of every rating in force. */
@Controller
class OpenDataController {

  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final String FILE_NAME = "assure-ratings";

  private final OpenRatings ratings;

  OpenDataController(OpenRatings ratings) {
    this.ratings = ratings;
  }

  @GetMapping("/open-data")
  String page(Model model) {
    OpenDataset dataset = ratings.dataset();
    model.addAttribute("dataset", dataset);
    model.addAttribute(
        "demonstrationRows", dataset.rows().stream().filter(r -> r.demonstration()).count());
    return "opendata/index";
  }

  @GetMapping("/open-data/ratings.csv")
  ResponseEntity<byte[]> csv() {
    return download(CSV, "csv", RatingsCsv::write);
  }

  @GetMapping("/open-data/ratings.json")
  ResponseEntity<byte[]> json() {
    return download(MediaType.APPLICATION_JSON, "json", RatingsJson::write);
  }

  @GetMapping("/open-data/ratings.xlsx")
  ResponseEntity<byte[]> xlsx() {
    return download(XLSX, "xlsx", RatingsXlsx::write);
  }

  private ResponseEntity<byte[]> download(
      MediaType type, String extension, Function<OpenDataset, byte[]> writer) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(FILE_NAME + "." + extension)
                .build()
                .toString())
        .body(writer.apply(ratings.dataset()));
  }
}
