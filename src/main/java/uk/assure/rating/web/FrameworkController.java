package uk.assure.rating.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.assure.framework.domain.Framework;

/** The public page explaining the framework and how scores become a rating. */
@Controller
class FrameworkController {

  private final FrameworkView view;

  FrameworkController(Framework framework) {
    // The framework does not change while Assure runs, so the page's content is worked out once.
    this.view = FrameworkView.of(framework);
  }

  @GetMapping("/framework")
  String framework(Model model) {
    model.addAttribute("page", view);
    return "framework/index";
  }
}
