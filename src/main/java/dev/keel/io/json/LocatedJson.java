package dev.keel.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.io.text.InputLimits;
import dev.keel.model.check.UnsafeCharacters;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON document parsed by Jackson into a tree, with the line and column where every value starts,
 * so that problems found later can point into the file. Numbers are kept as exact decimals. A
 * repeated key is reported as a problem, not silently overwritten. Jackson's limits are set from
 * {@link InputLimits}, and a document past one is reported where it goes past, in Keel's words.
 */
final class LocatedJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                  .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
                  .maxStringLength(InputLimits.MAX_DESCRIPTION_LENGTH)
                  .maxNameLength(InputLimits.MAX_NAME_LENGTH)
                  .maxDocumentLength(InputLimits.MAX_PORTFOLIO_FILE_BYTES)
                  .build())
          // NaN and Infinity are read as tokens so that the field reader can point at them and
          // carry on; they are refused there, never accepted as numbers.
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          // a control character inside text is read, so that the field reader names it and its
          // field, and carries on; it is refused there (UnsafeCharacters), never accepted
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected character \\(('.*?')");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Jackson's words for a control character between values, with its code. */
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");

  private final JsonNode root;
  private final Locations locations;

  private LocatedJson(JsonNode root, Locations locations) {
    this.root = root;
    this.locations = locations;
  }

  /** The document's root value. */
  JsonNode root() {
    return root;
  }

  /** Line and column of the key of the object member at {@code path}, else of its value. */
  int[] locateKey(String path) {
    return Locations.lineAndColumn(locations.find(root, path, true));
  }

  /**
   * Line and column of the value at {@code path} (segments joined by '/'), or of its nearest
   * enclosing value when the path does not exist (a missing field points at its object).
   */
  int[] locate(String path) {
    return Locations.lineAndColumn(locations.find(root, path, false));
  }

  /**
   * Parses {@code text}; syntax errors, limits passed and repeated keys go to {@code problems}.
   *
   * @return the document, or {@code null} when the text is not well-formed JSON or is past a limit
   */
  static LocatedJson parse(String text, List<Problem> problems) {
    if (text.isBlank()) {
      problems.add(
          new Problem(1, 1, "the file is empty: a portfolio file is a JSON object, see the docs"));
      return null;
    }
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(new StringReader(text));
      Locations locations = new Locations();
      JsonToken first = parser.nextToken();
      Reader reader = new Reader(parser, locations, problems);
      long rootAt = Locations.of(parser.currentTokenLocation());
      JsonNode root = reader.value(first, null);
      locations.root(rootAt);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(
            new Problem(
                at.getLineNr(),
                at.getColumnNr(),
                "unexpected content after the end of the document: remove it"));
        return null;
      }
      return new LocatedJson(root, locations);
    } catch (PastLimit e) {
      problems.add(new Problem(e.line, e.column, e.getMessage()));
      return null;
    } catch (StreamConstraintsException e) {
      int[] at = LimitLocation.of(parser, text, e.getOriginalMessage());
      problems.add(new Problem(at[0], at[1], LimitWords.explain(e.getOriginalMessage())));
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      if (controlCharacter(e.getOriginalMessage()) >= 0) {
        column = Math.max(1, column - 1); // Jackson points just past the character it refused
      }
      problems.add(new Problem(line, column, explain(e.getOriginalMessage())));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(1, 1, "cannot parse the file: check that it is a portfolio file"));
      return null;
    } finally {
      close(parser);
    }
  }

  private static void close(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // a parser over a string has nothing to release
      }
    }
  }

  /** A list or object with more entries than Keel reads, located at the first entry past it. */
  private static final class PastLimit extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    PastLimit(JsonLocation at, String message) {
      super(message);
      this.line = at.getLineNr();
      this.column = at.getColumnNr();
    }
  }

  /** Builds the tree from the parser's tokens, recording where each key and value starts. */
  private static final class Reader {
    private final JsonParser parser;
    private final Locations locations;
    private final List<Problem> problems;

    Reader(JsonParser parser, Locations locations, List<Problem> problems) {
      this.parser = parser;
      this.locations = locations;
      this.problems = problems;
    }

    /**
     * The value that starts at the current token, {@code token}; {@code name} is its key in the
     * object around it, {@code null} in a list.
     */
    JsonNode value(JsonToken token, String name) throws IOException {
      switch (token) {
        case START_OBJECT:
          return object(name);
        case START_ARRAY:
          return array(name);
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return parser.isNaN() ? NODES.textNode(parser.getText()) : exact(parser.getText());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("unexpected token " + token);
      }
    }

    private ObjectNode object(String name) throws IOException {
      ObjectNode object = NODES.objectNode();
      Locations.Builder members = new Locations.Builder(true);
      for (JsonToken next = parser.nextToken();
          next != JsonToken.END_OBJECT;
          next = parser.nextToken()) {
        String key = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        if (members.size() >= InputLimits.MAX_ENTRIES) {
          throw pastLimit(keyAt, name);
        }
        JsonToken valueToken = parser.nextToken();
        long valueAt = Locations.of(parser.currentTokenLocation());
        if (object.has(key)) {
          problems.add(
              new Problem(
                  keyAt.getLineNr(),
                  keyAt.getColumnNr(),
                  "duplicate key \""
                      + UnsafeCharacters.shown(key)
                      + "\": keep one of the entries"));
          // read the repeat into a scratch tree so the first entry keeps its locations
          new Reader(parser, new Locations(), problems).value(valueToken, key);
        } else {
          object.set(key, value(valueToken, key));
          members.add(Locations.of(keyAt), valueAt);
        }
      }
      locations.children(object, members.build());
      return object;
    }

    private ArrayNode array(String name) throws IOException {
      ArrayNode array = NODES.arrayNode();
      Locations.Builder elements = new Locations.Builder(false);
      for (JsonToken next = parser.nextToken();
          next != JsonToken.END_ARRAY;
          next = parser.nextToken()) {
        JsonLocation at = parser.currentTokenLocation();
        if (elements.size() >= InputLimits.MAX_ENTRIES) {
          throw pastLimit(at, name);
        }
        elements.add(0, Locations.of(at));
        array.add(value(next, null));
      }
      locations.children(array, elements.build());
      return array;
    }

    /** The refusal of one entry too many in the list or object {@code name} (null: unnamed). */
    private static PastLimit pastLimit(JsonLocation at, String name) {
      String most = InputLimits.count(InputLimits.MAX_ENTRIES);
      String where = name == null ? "one list or object" : "\"" + abbreviate(name) + "\"";
      return new PastLimit(
          at,
          "more than "
              + most
              + " entries in "
              + where
              + ": Keel reads at most "
              + most
              + "; split the book into several files");
    }
  }

  /**
   * The decimal a JSON number spells, exactly. An exponent too large for BigDecimal is kept as
   * text, which the field reader then reports as out of range.
   */
  private static JsonNode exact(String literal) {
    try {
      return NODES.numberNode(new BigDecimal(literal));
    } catch (NumberFormatException e) {
      return NODES.textNode(literal);
    }
  }

  /** Jackson's message, said the way a user can act on. */
  private static String explain(String message) {
    String text = message == null ? "" : message;
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("end-of-input")) {
      return "the file ends too early (truncated?): check that every { and [ is closed";
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(text);
    if (token.find()) {
      return "not valid JSON: unexpected text '"
          + abbreviate(token.group(1))
          + "': put text in double quotes and separate entries with commas";
    }
    Matcher character = UNEXPECTED_CHARACTER.matcher(text);
    if (character.find()) {
      return "not valid JSON: unexpected character "
          + character.group(1)
          + ": put text in double quotes and separate entries with commas";
    }
    int control = controlCharacter(text);
    if (control >= 0) {
      return "not valid JSON: "
          + UnsafeCharacters.describe(control)
          + " between values, where only spaces, tabs and line breaks may stand: delete it";
    }
    return "not valid JSON: " + abbreviate(text.lines().findFirst().orElse(""));
  }

  /** The control character Jackson refused between values, or -1 for another message. */
  private static int controlCharacter(String message) {
    Matcher control = CONTROL_CHARACTER.matcher(message == null ? "" : message);
    return control.find() ? Integer.parseInt(control.group(1)) : -1;
  }

  /** Text as a message shows it: refused characters spelt out, at most about 60 characters. */
  private static String abbreviate(String text) {
    String shown = UnsafeCharacters.shown(text);
    return shown.length() <= 60 ? shown : shown.substring(0, 57) + "...";
  }
}
