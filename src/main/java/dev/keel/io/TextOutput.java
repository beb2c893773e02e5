package dev.keel.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the text of Keel's reports and exports: CSV with a header row, and indented JSON whose
 * decimals are plain (no exponent). One configuration for every file Keel writes besides the
 * portfolio itself.
 */
public final class TextOutput {
  /**
   * The streaming writer's factory. A mapper is made only when a tree is written: making one costs
   * a command that starts cold about a tenth of a second.
   */
  private static final JsonFactory STREAMING =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          // a document written to standard output must leave it open
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** The CSV writer's factory: a mapper is not needed to write rows of text. */
  private static final CsvFactory CSV_STREAMING =
      CsvFactory.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS).build();

  /** The mapper, made on first use. */
  private static final class Mappers {
    static final ObjectMapper JSON =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  private TextOutput() {}

  /** A header field: letters, digits and underscores, never quoted. */
  private static final Pattern HEADER_FIELD = Pattern.compile("[A-Za-z0-9_]+");

  /**
   * A CSV table: the header row, then one line per row, an empty cell as {@code ""}. A cell is
   * quoted when it is longer than 24 characters or holds a control character, a space or one of
   * {@code !"#$%&'()*+,\} (Jackson's quick check; its strict check would leave empty cells
   * unquoted). The header is written as it is, never quoted (TWS does not recognise a quoted header
   * field such as {@code LastTradingDayOrContractMonth}).
   */
  public static String csv(List<String> columns, List<List<String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
    for (String column : columns) {
      if (!HEADER_FIELD.matcher(column).matches()) {
        throw new IllegalArgumentException("not a plain header field: " + column);
      }
      schema.addColumn(column);
    }
    StringWriter text = new StringWriter(1 << 16);
    text.append(String.join(",", columns)).append('\n');
    try (CsvGenerator csv = CSV_STREAMING.createGenerator(text)) {
      csv.setSchema(schema.build());
      csv.writeStartArray();
      for (List<String> row : rows) {
        csv.writeStartArray();
        for (String cell : row) {
          csv.writeString(cell);
        }
        csv.writeEndArray();
      }
      csv.writeEndArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write CSV", e);
    }
    return text.toString();
  }

  /** What writes a JSON document through a generator, token by token. */
  @FunctionalInterface
  public interface JsonWriting {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * A JSON document written token by token, as indented text ending in a newline: the same text as
   * {@link #json(JsonNode)} gives for the same tree, without building the tree (a report of ten
   * thousand positions holds some three hundred thousand nodes).
   */
  public static String json(JsonWriting document) {
    StringWriter text = new StringWriter(1 << 16);
    try {
      json(document, text);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    return text.toString();
  }

  /**
   * The document {@link #json(JsonWriting)} gives, written to {@code out} as it is made, so a large
   * report is never held whole; {@code out} is flushed, not closed.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public static void json(JsonWriting document, Writer out) throws IOException {
    try (JsonGenerator json = STREAMING.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      document.write(json);
    }
    out.write('\n');
    out.flush();
  }

  /** A JSON tree as indented text ending in a newline. */
  public static String json(JsonNode root) {
    try {
      return Mappers.JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
