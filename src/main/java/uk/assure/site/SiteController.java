package uk.assure.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the page about Assure, its demonstration data and its data credits. */
@Controller
class SiteController {

  @GetMapping("/")
  String home() {
    return "site/home";
  }

  @GetMapping("/about")
  String about() {
    return "site/about";
  }
}
