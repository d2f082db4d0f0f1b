package uk.assure.market.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams a sheet of an XLSX workbook with Apache POI's event reader (the sheet's XML read with
 * SAX, never the whole workbook in memory). Date cells come out as dd/mm/yyyy.
 */
final class XlsxSheetReader implements SheetReader {

  @Override
  public boolean read(Path file, String sheet, RowSink sink) throws IOException {
    try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(workbook);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream data = sheets.next()) {
          if (sheet.equals(sheets.getSheetName())) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(
                new XSSFSheetXMLHandler(
                    reader.getStylesTable(), strings, new Rows(sink), new DayMonthYear(), false));
            xml.parse(new InputSource(data));
            return true;
          }
        }
      }
      return false;
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      throw new IOException("The XLSX file cannot be read", e);
    }
  }

  /** Formats date cells as dd/mm/yyyy, and every other cell as a spreadsheet shows it. */
  private static final class DayMonthYear extends DataFormatter {
    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DirectoryDates.format(
            DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate());
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }

  private static final class Rows implements SheetContentsHandler {
    private final RowSink sink;
    private final List<String> cells = new ArrayList<>();

    Rows(RowSink sink) {
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
        cells.remove(cells.size() - 1);
      }
      if (!cells.isEmpty()) {
        sink.row(rowNum + 1L, List.copyOf(cells));
      }
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      if (cells.size() == column) {
        cells.add(formattedValue == null ? "" : formattedValue);
      }
    }
  }
}
