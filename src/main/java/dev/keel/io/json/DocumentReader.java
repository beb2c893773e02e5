package dev.keel.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keel.model.ValidationProblem;
import dev.keel.model.ValidationProblem.Kind;
import dev.keel.model.ValidationProblem.Reference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One pass over a parsed portfolio document, shared by its sections: the root object, the problems
 * found so far, what earlier sections read that later ones depend on (the base currency and the
 * as-of time), and which declarations were dropped, so that the cross-checks run afterwards do not
 * report their echoes.
 */
final class DocumentReader {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,12}");

  private final JsonFields root;
  private final JsonFields.Context context;
  private String base = "USD";
  private Instant asOf = Instant.EPOCH;

  /** Declarations dropped for their problems: references to them are not reported again. */
  private final Set<Reference> broken = new HashSet<>();

  /** Sections that were not of the right shape, so any reference into them may be an echo. */
  private final Set<Kind> brokenKinds = EnumSet.noneOf(Kind.class);

  DocumentReader(JsonFields root) {
    this.root = root;
    this.context = root.context();
  }

  /** The document's root object. */
  JsonFields root() {
    return root;
  }

  JsonFields.Context context() {
    return context;
  }

  /** The base currency as read, or {@code USD} as a placeholder until (or unless) it is. */
  String base() {
    return base;
  }

  /** The book's as-of time as read, or the epoch as a placeholder. */
  Instant asOf() {
    return asOf;
  }

  /** Records what the header read; {@code null} keeps the placeholder. */
  void header(String baseCurrency, Instant time) {
    base = baseCurrency == null ? base : baseCurrency;
    asOf = time == null ? asOf : time;
  }

  /**
   * Whether a cross-check problem only echoes a declaration whose own problems were already
   * reported: a reference to it, or a sum of target weights over classes and instruments that could
   * not all be read.
   */
  boolean alreadyReported(ValidationProblem problem) {
    Reference unknown = problem.unknown();
    if (unknown != null) {
      return brokenKinds.contains(unknown.kind()) || broken.contains(unknown);
    }
    boolean levelSum =
        problem.path().equals("targets") || problem.path().startsWith("targets/classes/");
    boolean declarationsBroken =
        brokenKinds.contains(Kind.INSTRUMENT)
            || brokenKinds.contains(Kind.ASSET_CLASS)
            || broken.stream().anyMatch(reference -> reference.kind() != Kind.ACCOUNT);
    return levelSum && declarationsBroken;
  }

  /**
   * The elements of a list field. When {@code kind} is set, elements are declarations named by
   * {@code idField}: one that had to be dropped is remembered so references to it are not reported
   * again as unknown, and a list that is not a list makes every reference of that kind an echo.
   */
  <T> List<T> list(
      String field,
      String what,
      Set<String> allowed,
      Function<JsonFields, T> element,
      Kind kind,
      String idField) {
    List<T> items = new ArrayList<>();
    int before = context.problems.size();
    List<JsonNode> nodes = root.array(field);
    if (kind != null && context.problems.size() > before) {
      brokenKinds.add(kind);
    }
    int most = ListLimits.most(field);
    if (nodes.size() > most) {
      context.problem(field + "/" + most, ListLimits.tooMany(field, most));
      nodes = nodes.subList(0, most);
    }
    for (int i = 0; i < nodes.size(); i++) {
      JsonFields fields = JsonFields.of(context, nodes.get(i), field + "/" + i, what, allowed);
      T item = fields == null ? null : build(fields, element);
      if (fields != null) {
        fields.rejectUnknownFields();
      }
      if (item != null) {
        items.add(item);
      }
      if (kind != null && item == null) {
        JsonNode id = nodes.get(i).get(idField);
        if (id != null && id.isTextual()) {
          broken.add(new Reference(kind, id.asText()));
        }
      }
    }
    return items;
  }

  /** Builds one element; a model rule the field checks missed is reported, not thrown. */
  private <T> T build(JsonFields fields, Function<JsonFields, T> element) {
    try {
      return element.apply(fields);
    } catch (IllegalArgumentException e) {
      context.problem(fields.path(), e.getMessage());
      return null;
    }
  }

  /**
   * The entries of a map section; when the section itself is malformed, references into it ("no
   * price for X") would only echo that problem, so they are not reported.
   */
  Map<String, JsonNode> section(String field, Kind kind) {
    int before = context.problems.size();
    Map<String, JsonNode> entries = root.entries(field);
    if (context.problems.size() > before) {
      brokenKinds.add(kind);
    }
    return entries;
  }

  /**
   * An object field whose entries are objects by key (bands by class, costs by account), each read
   * by {@code element} from its fields ({@code allowed}), in the file's order. An entry that is not
   * an object, or reads as {@code null}, is left out; its problems are reported.
   *
   * @param what how a problem names an entry: {@code what} and the key, as in "the band of SOL"
   */
  <T> Map<String, T> objectsByKey(
      JsonFields fields,
      String field,
      String what,
      Set<String> allowed,
      Function<JsonFields, T> element) {
    Map<String, T> read = new LinkedHashMap<>();
    fields
        .entries(field)
        .forEach(
            (key, node) -> {
              T value =
                  element.apply(
                      JsonFields.of(
                          context,
                          node,
                          fields.path() + "/" + field + "/" + key,
                          what + key,
                          allowed));
              if (value != null) {
                read.put(key, value);
              }
            });
    return read;
  }

  /**
   * A currency-code field: {@code fallback} when absent (a problem when that is {@code null}),
   * {@code null} with a problem when it is not a code.
   */
  String currency(JsonFields fields, String field, String fallback) {
    String code = fields.has(field) ? fields.text(field, null) : fallback;
    if (code == null && fallback == null && !fields.has(field)) {
      return fields.requiredText(field);
    }
    if (code != null && !isCurrency(code)) {
      fields.problem(
          field,
          "\""
              + field
              + "\" \""
              + code
              + "\" is not a currency code: use 2 to 12 capital letters or digits, such as USD");
      return null;
    }
    return code;
  }

  /** Whether a text is a currency code: 2 to 12 capital letters or digits. */
  static boolean isCurrency(String code) {
    return CURRENCY.matcher(code).matches();
  }
}
