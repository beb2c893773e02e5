package dev.keel.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.io.text.DecimalText;
import dev.keel.io.text.InputLimits;
import dev.keel.model.check.UnsafeCharacters;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, strict access to the fields of one JSON object of a located document. Every problem (a
 * missing or misspelt field, a wrong type, a number out of range) is recorded with its location and
 * the reader carries on with a placeholder, so one pass finds everything.
 */
final class JsonFields {
  /** The document being read and the problems and warnings found so far. */
  static final class Context {
    final LocatedJson json;
    final List<Problem> problems;
    final List<Problem> warnings = new ArrayList<>();

    Context(LocatedJson json, List<Problem> problems) {
      this.json = json;
      this.problems = problems;
    }

    void problem(String path, String message) {
      int[] at = json.locate(path);
      problems.add(new Problem(at[0], at[1], message));
    }

    /** Something read that the user should look at, though the file is still valid. */
    void warning(String path, String message) {
      int[] at = json.locate(path);
      warnings.add(new Problem(at[0], at[1], message));
    }

    /** A problem with the key (not the value) of the object member at {@code path}. */
    void problemAtKey(String path, String message) {
      int[] at = json.locateKey(path);
      problems.add(new Problem(at[0], at[1], message));
    }
  }

  private final Context context;
  private final ObjectNode node;
  private final String path;
  private final String what;
  private final Set<String> allowed;

  private JsonFields(
      Context context, ObjectNode node, String path, String what, Set<String> allowed) {
    this.context = context;
    this.node = node;
    this.path = path;
    this.what = what;
    this.allowed = allowed;
  }

  /**
   * The object at {@code path}, or {@code null} (with a problem recorded) when the value there is
   * not an object.
   */
  static JsonFields of(
      Context context, JsonNode value, String path, String what, Set<String> allowedFields) {
    if (!(value instanceof ObjectNode object)) {
      context.problem(path, what + " must be a JSON object {...}, found " + describe(value));
      return null;
    }
    return new JsonFields(context, object, path, what, allowedFields);
  }

  String path() {
    return path;
  }

  /** How problems name this object, such as "the margin of account binance". */
  String what() {
    return what;
  }

  Context context() {
    return context;
  }

  /** The value of a field as it is, {@code null} when absent. */
  JsonNode node(String field) {
    return node.get(field);
  }

  /** Whether a field's value is a JSON object. */
  boolean nodeIsObject(String field) {
    JsonNode value = node.get(field);
    return value != null && value.isObject();
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** Records a problem at a field of this object. */
  void problem(String field, String message) {
    context.problem(child(field), message);
  }

  /** Records a warning at a field of this object. */
  void warning(String field, String message) {
    context.warning(child(field), message);
  }

  private String child(String field) {
    return path.isEmpty() ? field : path + "/" + field;
  }

  /** Reports every field that is not one of the allowed names; call once all are read. */
  void rejectUnknownFields() {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!allowed.contains(name)) {
                String hint =
                    allowed.stream()
                        .filter(known -> known.equalsIgnoreCase(name))
                        .findFirst()
                        .map(known -> "did you mean \"" + known + "\"?")
                        .orElse("the fields of " + what + " are " + String.join(", ", allowed));
                context.problemAtKey(
                    child(name),
                    "unknown field \"" + abbreviate(name) + "\" in " + what + ": " + hint);
              }
            });
  }

  /** A required text field; {@code null} (with a problem recorded) when missing or not text. */
  String requiredText(String field) {
    if (!has(field)) {
      context.problem(path, what + " is missing the required field \"" + field + "\"");
      return null;
    }
    return text(field, null);
  }

  /** An optional text field, {@code fallback} when absent; {@code null} when wrong or empty. */
  String text(String field, String fallback) {
    return text(field, fallback, false);
  }

  /** An optional text field that may be empty, {@code fallback} when absent. */
  String textOrEmpty(String field, String fallback) {
    return text(field, fallback, true);
  }

  private String text(String field, String fallback, boolean emptyAllowed) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      problem(field, "\"" + field + "\" must be text in double quotes, found " + describe(value));
      return null;
    }
    if (!emptyAllowed && value.asText().isBlank()) {
      problem(field, "\"" + field + "\" must not be empty");
      return null;
    }
    int most = InputLimits.maxTextLength(field);
    if (value.asText().length() > most) {
      problem(field, "\"" + field + "\" " + InputLimits.tooLong(value.asText().length(), most));
      return null;
    }
    String refusal = UnsafeCharacters.refusal(value.asText());
    if (refusal != null) {
      problem(
          field, "\"" + field + "\" \"" + UnsafeCharacters.shown(value.asText()) + "\" " + refusal);
      return null;
    }
    return value.asText();
  }

  /**
   * A decimal field given as a JSON number or a string. Missing: {@code whenMissing}, or a problem
   * when that is {@code null}. Invalid: a problem and the range's placeholder.
   */
  BigDecimal decimal(String field, Range range, BigDecimal whenMissing) {
    if (!has(field)) {
      if (whenMissing == null) {
        context.problem(path, what + " is missing the required field \"" + field + "\"");
        return range.placeholder;
      }
      return whenMissing;
    }
    return decimalValue(node.get(field), child(field), "\"" + field + "\"", range);
  }

  /** A decimal read from any node, reporting at {@code valuePath}. */
  BigDecimal decimalValue(JsonNode value, String valuePath, String label, Range range) {
    DecimalText.Parsed parsed;
    if (value.isNumber()) {
      parsed = DecimalText.check(value.decimalValue());
    } else if (value.isTextual()) {
      parsed = DecimalText.parse(value.asText());
    } else {
      context.problem(valuePath, label + " must be a number, found " + describe(value));
      return range.placeholder;
    }
    if (!parsed.isOk()) {
      String shown = value.isTextual() ? " \"" + abbreviate(value.asText()) + "\"" : "";
      context.problem(valuePath, label + shown + " " + DecimalText.explain(parsed.refusal()));
      return range.placeholder;
    }
    BigDecimal number = parsed.value();
    if (!range.accepts(number)) {
      context.problem(
          valuePath, label + " is " + number.toPlainString() + " but must be " + range.rule);
      return range.placeholder;
    }
    return number;
  }

  /** Text as a message shows it: refused characters spelt out, at most about 40 characters. */
  private static String abbreviate(String text) {
    String shown = UnsafeCharacters.shown(text);
    return shown.length() <= 40 ? shown : shown.substring(0, 37) + "...";
  }

  /** An optional instant in ISO-8601 with an offset, such as {@code 2026-11-20T16:00:00Z}. */
  Instant instant(String field, Instant whenMissing) {
    String text = text(field, null);
    if (text == null) {
      if (!has(field) && whenMissing == null) {
        context.problem(path, what + " is missing the required field \"" + field + "\"");
      }
      return whenMissing;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problem(
          field,
          "\""
              + field
              + "\" \""
              + text
              + "\" is not a time: write ISO-8601 with an offset, such as 2026-11-20T16:00:00Z");
      return whenMissing;
    }
  }

  /** An optional date in ISO-8601, such as {@code 2026-12-26}; {@code null} when absent. */
  LocalDate date(String field) {
    String text = text(field, null);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(field, "\"" + field + "\" \"" + text + "\" is not a date: write it as 2026-12-26");
      return null;
    }
  }

  /** A label from a fixed set, such as an instrument type; {@code fallback} when absent. */
  <E> E choice(String field, Function<String, E> fromLabel, List<String> labels, E fallback) {
    String text = text(field, null);
    if (text == null) {
      return fallback;
    }
    E value = fromLabel.apply(text.toLowerCase(Locale.ROOT));
    if (value == null) {
      problem(
          field, "\"" + field + "\" \"" + text + "\" is not one of " + String.join(", ", labels));
      return fallback;
    }
    return value;
  }

  /** The elements of an optional array field, empty when absent. */
  List<JsonNode> array(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      problem(field, "\"" + field + "\" must be a list [...], found " + describe(value));
      return List.of();
    }
    List<JsonNode> elements = new ArrayList<>();
    value.elements().forEachRemaining(elements::add);
    return elements;
  }

  /** The entries of an optional object field used as a map, in file order; empty when absent. */
  Map<String, JsonNode> entries(String field) {
    JsonNode value = node.get(field);
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return entries;
    }
    if (!value.isObject()) {
      problem(field, "\"" + field + "\" must be a JSON object {...}, found " + describe(value));
      return entries;
    }
    String fieldPath = child(field);
    value
        .properties()
        .forEach(
            entry -> {
              String refusal = UnsafeCharacters.refusal(entry.getKey());
              if (entry.getKey().isBlank()) {
                context.problemAtKey(
                    fieldPath + "/" + entry.getKey(),
                    "an empty name in \"" + field + "\": name the entry, or remove it");
              } else if (entry.getKey().length() > InputLimits.MAX_ID_LENGTH) {
                context.problemAtKey(
                    fieldPath + "/" + entry.getKey(),
                    "a name in \""
                        + field
                        + "\" "
                        + InputLimits.tooLong(entry.getKey().length(), InputLimits.MAX_ID_LENGTH));
              } else if (refusal != null) {
                context.problemAtKey(
                    fieldPath + "/" + entry.getKey(),
                    "the name \""
                        + UnsafeCharacters.shown(entry.getKey())
                        + "\" in \""
                        + field
                        + "\" "
                        + refusal);
              } else {
                entries.put(entry.getKey(), entry.getValue());
              }
            });
    return entries;
  }

  /** A nested object field, or {@code null} when absent or not an object. */
  JsonFields object(String field, String nestedWhat, Set<String> nestedFields) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return of(context, value, child(field), nestedWhat, nestedFields);
  }

  /** The allowed field names of an object, in the order its problems list them. */
  static Set<String> names(String... names) {
    return new LinkedHashSet<>(Arrays.asList(names));
  }

  static String describe(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "text \"" + abbreviate(value.asText()) + "\"";
    }
    if (value.isNumber()) {
      DecimalText.Parsed number = DecimalText.check(value.decimalValue());
      return number.isOk() ? "the number " + number.value().toPlainString() : "a number";
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    if (value.isArray()) {
      return "a list";
    }
    return "an object";
  }
}
