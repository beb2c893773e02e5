package dev.keel.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.check.UnsafeCharacters;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON document parsed by Jackson into a tree, with the line and column where every value starts,
 * so that problems found later can point into the file. Numbers are kept as exact decimals. A
 * repeated key is reported as a problem, not silently overwritten.
 */
final class LocatedJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(200).build())
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

  /** Jackson's words for a control character between values, with its code. */
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Map<String, int[]> locations;
  private final Map<String, int[]> keyLocations;

  private LocatedJson(JsonNode root, Map<String, int[]> locations, Map<String, int[]> keys) {
    this.root = root;
    this.locations = locations;
    this.keyLocations = keys;
  }

  /** Line and column of the key of the object member at {@code path}, else of its value. */
  int[] locateKey(String path) {
    int[] location = keyLocations.get(path);
    return location != null ? location : locate(path);
  }

  /** The document's root value. */
  JsonNode root() {
    return root;
  }

  /**
   * Line and column of the value at {@code path} (segments joined by '/'), or of its nearest
   * enclosing value when the path does not exist (a missing field points at its object).
   */
  int[] locate(String path) {
    String current = path;
    while (true) {
      int[] location = locations.get(current);
      if (location != null || current.isEmpty()) {
        return location == null ? new int[] {1, 1} : location;
      }
      int slash = current.lastIndexOf('/');
      current = slash < 0 ? "" : current.substring(0, slash);
    }
  }

  /**
   * Parses {@code text}; syntax errors and repeated keys go to {@code problems}.
   *
   * @return the document, or {@code null} when the text is not well-formed JSON
   */
  static LocatedJson parse(String text, List<Problem> problems) {
    if (text.isBlank()) {
      problems.add(
          new Problem(1, 1, "the file is empty: a portfolio file is a JSON object, see the docs"));
      return null;
    }
    Map<String, int[]> locations = new HashMap<>();
    Map<String, int[]> keys = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      JsonNode root = new Reader(parser, locations, keys, problems).value(first, "");
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
      return new LocatedJson(root, locations, keys);
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
      problems.add(new Problem(1, 1, "cannot parse: " + e.getMessage()));
      return null;
    }
  }

  /** Builds the tree from the parser's tokens, recording where each key and value starts. */
  private static final class Reader {
    private final JsonParser parser;
    private final Map<String, int[]> locations;
    private final Map<String, int[]> keys;
    private final List<Problem> problems;

    Reader(
        JsonParser parser,
        Map<String, int[]> locations,
        Map<String, int[]> keys,
        List<Problem> problems) {
      this.parser = parser;
      this.locations = locations;
      this.keys = keys;
      this.problems = problems;
    }

    JsonNode value(JsonToken token, String path) throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      locations.put(path, new int[] {start.getLineNr(), start.getColumnNr()});
      String prefix = path.isEmpty() ? "" : path + "/";
      switch (token) {
        case START_OBJECT:
          {
            ObjectNode object = NODES.objectNode();
            for (JsonToken next = parser.nextToken();
                next != JsonToken.END_OBJECT;
                next = parser.nextToken()) {
              String key = parser.currentName();
              JsonLocation keyAt = parser.currentTokenLocation();
              int[] keyLocation = {keyAt.getLineNr(), keyAt.getColumnNr()};
              if (object.has(key)) {
                problems.add(
                    new Problem(
                        keyLocation[0],
                        keyLocation[1],
                        "duplicate key \""
                            + UnsafeCharacters.shown(key)
                            + "\": keep one of the entries"));
                // read the repeat into a scratch tree so the first entry keeps its locations
                new Reader(parser, new HashMap<>(), new HashMap<>(), problems)
                    .value(parser.nextToken(), prefix + key);
              } else {
                keys.put(prefix + key, keyLocation);
                object.set(key, value(parser.nextToken(), prefix + key));
              }
            }
            return object;
          }
        case START_ARRAY:
          {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            for (JsonToken next = parser.nextToken();
                next != JsonToken.END_ARRAY;
                next = parser.nextToken()) {
              array.add(value(next, prefix + index));
              index++;
            }
            return array;
          }
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

  /** The control character Jackson refused between values, or -1 for another message. */
  private static int controlCharacter(String message) {
    Matcher control = CONTROL_CHARACTER.matcher(message == null ? "" : message);
    return control.find() ? Integer.parseInt(control.group(1)) : -1;
  }

  /** Jackson's message, said the way a user can act on. */
  private static String explain(String message) {
    String lower = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("end-of-input")) {
      return "the file ends too early (truncated?): check that every { and [ is closed";
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(message == null ? "" : message);
    if (token.find()) {
      return "not valid JSON: unexpected text '"
          + token.group(1)
          + "': put text in double quotes and separate entries with commas";
    }
    Matcher character = UNEXPECTED_CHARACTER.matcher(message == null ? "" : message);
    if (character.find()) {
      return "not valid JSON: unexpected character "
          + character.group(1)
          + ": put text in double quotes and separate entries with commas";
    }
    int control = controlCharacter(message);
    if (control >= 0) {
      return "not valid JSON: "
          + UnsafeCharacters.describe(control)
          + " between values, where only spaces, tabs and line breaks may stand: delete it";
    }
    if (lower.contains("number length")) {
      return "a number has too many digits: write at most 200 characters";
    }
    return "not valid JSON: " + message.lines().findFirst().orElse("");
  }
}
