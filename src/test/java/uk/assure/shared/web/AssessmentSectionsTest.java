package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The sections of an assessment's pages come in one fixed order, each at its own place. */
@Tag("database")
@SpringBootTest
class AssessmentSectionsTest {

  @Autowired List<AssessmentSection> sections;

  @Test
  void eachSectionHasAPlaceOfItsOwnAndAnAddressOfItsOwn() {
    assertThat(sections).hasSizeGreaterThan(10);
    assertThat(sections.stream().map(AssessmentSection::order)).doesNotHaveDuplicates();
    assertThat(sections.stream().map(AssessmentSection::path)).doesNotHaveDuplicates();
  }
}
