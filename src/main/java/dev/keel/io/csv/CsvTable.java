package dev.keel.io.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.keel.io.FileProblem;
import dev.keel.io.text.DecimalText;
import dev.keel.io.text.InputLimits;
import dev.keel.model.check.UnsafeCharacters;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A holdings CSV as a table: the separator its header uses most (comma, semicolon or tab), the rows
 * with the line each starts on, and the columns Keel knows found by their header names. Cells are
 * read as text or as decimals (a decimal comma is accepted in semicolon files); what cannot be read
 * becomes a located problem.
 */
final class CsvTable {
  static final String EMPTY_FILE =
      "the file is empty: the first row must be a header such as symbol,quantity,price";

  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");
  private static final List<String> REQUIRED = List.of("symbol", "quantity", "price");
  private static final Map<String, String> COLUMN_NAMES =
      Map.of(
          "symbol", "symbol",
          "quantity", "quantity",
          "price", "price",
          "account", "account",
          "assetclass", "asset_class",
          "class", "asset_class",
          "currency", "currency",
          "type", "type");

  private static final CsvMapper MAPPER = mapper();

  /** One row as read, with the line it starts on. */
  record Row(int line, String[] cells) {}

  private final String file;
  private final List<FileProblem> problems;
  private final Map<String, Integer> columns = new HashMap<>();
  private final char separator;
  private List<Row> rows = List.of();

  private CsvTable(String file, List<FileProblem> problems, char separator) {
    this.file = file;
    this.problems = problems;
    this.separator = separator;
  }

  /**
   * Reads the table, or {@code null} with the problems recorded when the text is empty, is not CSV,
   * or its header lacks a required column.
   */
  static CsvTable read(String file, String text, List<FileProblem> problems) {
    if (text.isBlank()) {
      problems.add(new FileProblem(file, 1, 1, EMPTY_FILE));
      return null;
    }
    CsvTable table = new CsvTable(file, problems, guessSeparator(text));
    List<Row> rows = table.parse(text);
    if (rows == null || !table.readHeader(rows.get(0))) {
      return null;
    }
    table.rows = rows;
    return table;
  }

  private static CsvMapper mapper() {
    CsvFactory factory =
        CsvFactory.builder()
            .streamReadConstraints(
                // the only limit a CSV parser applies to cells, all read as text
                StreamReadConstraints.builder()
                    .maxStringLength(InputLimits.MAX_DESCRIPTION_LENGTH)
                    .build())
            .build();
    return CsvMapper.builder(factory)
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .build();
  }

  /** The separator the header uses most: comma, semicolon or tab. */
  private static char guessSeparator(String text) {
    String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
    char best = ',';
    long bestCount = header.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = header.chars().filter(c -> c == candidate).count();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  private List<Row> parse(String text) {
    List<Row> parsed = new ArrayList<>();
    MappingIterator<String[]> iterator = null;
    try {
      iterator = MAPPER.readerFor(String[].class).with(schema()).readValues(text);
      while (iterator.hasNextValue()) {
        // after hasNextValue() the parser stands at the start of the next row (empty lines
        // skipped)
        int line = iterator.getParser().currentLocation().getLineNr();
        if (parsed.size() > InputLimits.MAX_CSV_ROWS) {
          String most = InputLimits.count(InputLimits.MAX_CSV_ROWS);
          problem(
              line,
              1,
              "more than "
                  + most
                  + " holdings: Keel imports at most "
                  + most
                  + " rows; split the CSV into several files");
          return null;
        }
        parsed.add(new Row(line, iterator.nextValue()));
      }
    } catch (IOException | RuntimeException e) {
      if (isPastLimit(e)) {
        JsonLocation at = iterator.getParser().currentTokenLocation();
        problem(
            at.getLineNr(),
            at.getColumnNr(),
            "a cell of more than "
                + InputLimits.count(InputLimits.MAX_DESCRIPTION_LENGTH)
                + " characters: write names in at most "
                + InputLimits.count(InputLimits.MAX_NAME_LENGTH)
                + " characters, ids and symbols in at most "
                + InputLimits.MAX_ID_LENGTH);
        return null;
      }
      JsonLocation at = locationOf(e);
      problem(
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "not valid CSV ("
              + firstLine(e.getMessage())
              + "): check the quotes; a field with the separator inside must be in double quotes");
      return null;
    } finally {
      close(iterator);
    }
    if (parsed.isEmpty()) {
      problem(1, 1, EMPTY_FILE);
      return null;
    }
    return parsed;
  }

  private CsvSchema schema() {
    return CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
  }

  private static boolean isPastLimit(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException) {
        return true;
      }
    }
    return false;
  }

  private static void close(MappingIterator<String[]> iterator) {
    if (iterator != null) {
      try {
        iterator.close();
      } catch (IOException e) {
        // a parser over a string has nothing to release
      }
    }
  }

  private static JsonLocation locationOf(Exception e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException processing) {
        return processing.getLocation();
      }
      cause = cause.getCause();
    }
    return null;
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }

  private boolean readHeader(Row header) {
    String[] cells = header.cells();
    for (int i = 0; i < cells.length; i++) {
      String key = cells[i].trim().toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
      String column = COLUMN_NAMES.get(key);
      if (column == null) {
        continue; // other columns of a broker export are ignored
      }
      if (columns.containsKey(column)) {
        problem(header.line(), i + 1, "column \"" + column + "\" appears twice: keep one");
      } else {
        columns.put(column, i);
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      problem(
          header.line(),
          1,
          "the header has no "
              + String.join(", ", missing)
              + (missing.size() == 1 ? " column" : " columns")
              + ": the first row must name the columns symbol, quantity, price (and optionally"
              + " account, asset_class, currency), separated by commas, semicolons or tabs");
    }
    return problems.isEmpty();
  }

  /** The header row. */
  Row header() {
    return rows.get(0);
  }

  /** The rows after the header. */
  List<Row> body() {
    return rows.subList(1, rows.size());
  }

  /** A cell's trimmed text, {@code fallback} when the column is absent or the cell blank. */
  String cell(Row row, String column, String fallback) {
    Integer index = columns.get(column);
    if (index == null || index >= row.cells().length || row.cells()[index].isBlank()) {
      return fallback;
    }
    return row.cells()[index].trim();
  }

  /**
   * Whether every cell of a known column is free of the characters Keel refuses in its texts
   * (control, invisible and text-direction characters); each one that is not is a problem at its
   * cell. The other columns are not imported, so they are not looked at.
   */
  boolean plainCells(Row row) {
    boolean plain = true;
    List<Map.Entry<String, Integer>> known =
        columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    for (Map.Entry<String, Integer> entry : known) {
      String column = entry.getKey();
      int index = entry.getValue();
      if (index >= row.cells().length) {
        continue;
      }
      String text = row.cells()[index];
      // spaces and tabs around a cell are read away (decision 12): only what is inside counts
      String refusal = UnsafeCharacters.refusal(DecimalText.trimmed(text));
      if (refusal != null) {
        problem(
            row.line(),
            index + 1,
            "the " + column + " \"" + UnsafeCharacters.shown(text) + "\" " + refusal);
        plain = false;
      }
    }
    return plain;
  }

  private String raw(Row row, String column) {
    return row.cells()[columns.get(column)];
  }

  /** The 1-based column of a known column, for problems; 1 when the file has none. */
  int column(String name) {
    return columns.getOrDefault(name, 0) + 1;
  }

  /**
   * A required decimal cell, or {@code null} with a problem when empty or not a decimal. The cell's
   * text goes to {@link DecimalText} as written, so it ignores spaces and tabs around the number
   * and nothing else, as everywhere (decision 12).
   */
  BigDecimal decimal(Row row, String column) {
    String text = cell(row, column, null) == null ? null : raw(row, column);
    if (text == null) {
      problem(
          row.line(), column(column), "the " + column + " is empty: give every row a " + column);
      return null;
    }
    String normalised =
        separator == ';' && DECIMAL_COMMA.matcher(text.strip()).matches()
            ? text.replace(',', '.')
            : text;
    DecimalText.Parsed parsed = DecimalText.parse(normalised);
    if (!parsed.isOk()) {
      problem(
          row.line(),
          column(column),
          "the "
              + column
              + " \""
              + abbreviate(text)
              + "\" "
              + DecimalText.explain(parsed.refusal()));
      return null;
    }
    return parsed.value();
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Records a problem at a line and column of the file. */
  void problem(int line, int column, String message) {
    problems.add(new FileProblem(file, line, column, message));
  }
}
