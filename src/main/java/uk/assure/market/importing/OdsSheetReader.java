package uk.assure.market.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a sheet of an OpenDocument spreadsheet: the zip's {@code content.xml} read with StAX, one
 * element at a time. Repeated rows and cells ({@code table:number-rows-repeated}, {@code
 * table:number-columns-repeated}) are expanded only where they hold something, so the million empty
 * rows and sixteen thousand empty cells a spreadsheet writes at the end cost nothing.
 */
final class OdsSheetReader implements SheetReader {

  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

  /** More copies of one non-empty cell than any real sheet has columns: a broken file. */
  private static final int MAX_COLUMNS = 20_000;

  @Override
  public boolean read(Path file, String sheet, RowSink sink) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry content = zip.getEntry("content.xml");
      if (content == null) {
        throw new IOException("An ODS file holds content.xml");
      }
      try (InputStream in = zip.getInputStream(content)) {
        XMLStreamReader xml = factory().createXMLStreamReader(in);
        try {
          while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT
                && isTable(xml, "table")
                && sheet.equals(xml.getAttributeValue(TABLE, "name"))) {
              readTable(xml, sink);
              return true;
            }
          }
          return false;
        } finally {
          xml.close();
        }
      }
    } catch (XMLStreamException | IllegalArgumentException e) {
      throw new IOException("The ODS file's content cannot be read", e);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  private static boolean isTable(XMLStreamReader xml, String name) {
    return TABLE.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
  }

  private static int repeats(XMLStreamReader xml, String attribute) {
    String value = xml.getAttributeValue(TABLE, attribute);
    return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
  }

  private static void readTable(XMLStreamReader xml, RowSink sink) throws XMLStreamException {
    long number = 1;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && isTable(xml, "table")) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT && isTable(xml, "table-row")) {
        int rows = repeats(xml, "number-rows-repeated");
        List<String> cells = readRow(xml);
        if (!cells.isEmpty()) {
          for (int i = 0; i < rows; i++) {
            sink.row(number + i, cells);
          }
        }
        number += rows;
      }
    }
  }

  private static List<String> readRow(XMLStreamReader xml) throws XMLStreamException {
    List<String> cells = new ArrayList<>();
    int blanks = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && isTable(xml, "table-row")) {
        return cells;
      }
      if (event == XMLStreamConstants.START_ELEMENT
          && (isTable(xml, "table-cell") || isTable(xml, "covered-table-cell"))) {
        int columns = repeats(xml, "number-columns-repeated");
        String value = readCell(xml);
        if (value.isBlank()) {
          blanks += columns;
          continue;
        }
        if (cells.size() + blanks + columns > MAX_COLUMNS) {
          throw new XMLStreamException("A row has more than " + MAX_COLUMNS + " columns");
        }
        for (; blanks > 0; blanks--) {
          cells.add("");
        }
        for (int i = 0; i < columns; i++) {
          cells.add(value);
        }
      }
    }
    throw new XMLStreamException("The sheet ends inside a row");
  }

  /** The cell's text (paragraphs joined by new lines), or its date as dd/mm/yyyy. */
  private static String readCell(XMLStreamReader xml) throws XMLStreamException {
    String date =
        "date".equals(xml.getAttributeValue(OFFICE, "value-type"))
            ? xml.getAttributeValue(OFFICE, "date-value")
            : null;
    StringBuilder text = new StringBuilder();
    int paragraphs = 0;
    int depth = 1;
    boolean inParagraph = false;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (OFFICE.equals(xml.getNamespaceURI()) && "annotation".equals(xml.getLocalName())) {
          skip(xml);
          depth--;
        } else if (TEXT.equals(xml.getNamespaceURI())) {
          switch (xml.getLocalName()) {
            case "p" -> {
              if (paragraphs++ > 0) {
                text.append('\n');
              }
              inParagraph = true;
            }
            case "s" -> {
              String count = xml.getAttributeValue(TEXT, "c");
              text.append(" ".repeat(count == null ? 1 : Integer.parseInt(count.strip())));
            }
            case "tab" -> text.append('\t');
            case "line-break" -> text.append('\n');
            default -> {}
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (TEXT.equals(xml.getNamespaceURI()) && "p".equals(xml.getLocalName())) {
          inParagraph = false;
        }
      } else if (inParagraph
          && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        text.append(xml.getText());
      }
    }
    if (date != null && !date.isBlank()) {
      return DirectoryDates.format(isoDate(date));
    }
    return text.toString();
  }

  private static LocalDate isoDate(String value) throws XMLStreamException {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new XMLStreamException("A date cell holds " + value);
    }
  }

  /** Skips the element just started, with everything inside it. */
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
