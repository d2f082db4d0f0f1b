package uk.assure.inforeturn.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import uk.assure.framework.domain.StatementCode;
import uk.assure.inforeturn.CatalogueEntry;
import uk.assure.inforeturn.domain.RequestItem;

/** A request of the catalogue, as an admin adds or changes it. */
class RequestItemForm {

  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{catalogue.code.invalid}")
  @Size(max = 40, message = "{catalogue.code.invalid}")
  private String code = "";

  @NotBlank(message = "{catalogue.title.missing}")
  @Size(max = RequestItem.MAX_TITLE, message = "{catalogue.title.tooLong}")
  private String title = "";

  @Size(max = RequestItem.MAX_GUIDANCE, message = "{catalogue.guidance.tooLong}")
  private String guidance = "";

  private List<
          @Pattern(regexp = StatementCode.PATTERN, message = "{catalogue.statements.invalid}")
          String>
      statements = new ArrayList<>();

  private boolean required = true;
  private boolean retired;

  @NotNull(message = "{catalogue.position.invalid}")
  @Min(value = 0, message = "{catalogue.position.invalid}")
  @Max(value = 100000, message = "{catalogue.position.invalid}")
  private Integer position = 500;

  private int version;

  static RequestItemForm of(CatalogueEntry entry) {
    RequestItemForm form = new RequestItemForm();
    form.code = entry.item().code();
    form.title = entry.item().title();
    form.guidance = entry.item().guidance();
    form.statements = new ArrayList<>(entry.item().statements());
    form.required = entry.item().required();
    form.retired = entry.retired();
    form.position = entry.item().position();
    form.version = entry.version();
    return form;
  }

  RequestItem item() {
    return new RequestItem(
        code,
        title.strip(),
        guidance.strip(),
        statements.stream().distinct().sorted().toList(),
        required,
        position);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? "" : code.strip();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? "" : title;
  }

  public String getGuidance() {
    return guidance;
  }

  public void setGuidance(String guidance) {
    this.guidance = guidance == null ? "" : guidance;
  }

  public List<String> getStatements() {
    return statements;
  }

  public void setStatements(List<String> statements) {
    this.statements = statements == null ? new ArrayList<>() : statements;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public boolean isRetired() {
    return retired;
  }

  public void setRetired(boolean retired) {
    this.retired = retired;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
