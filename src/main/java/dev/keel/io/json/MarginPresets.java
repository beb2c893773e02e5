package dev.keel.io.json;

import dev.keel.model.margin.MarginRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The venue presets shipped with Keel ({@code dev/keel/margin/presets/NAME.json} among the
 * resources), each a set of margin rules an account chooses by name ({@code "rules": "deribit"}).
 * Each says in its {@code note} that it is an example to check against the venue's current rules,
 * which change without notice. Read once, when first asked for.
 */
final class MarginPresets {
  /** The presets, in the order messages list them. */
  static final List<String> NAMES = List.of("binance-usdm", "binance-margin", "deribit", "regt");

  private static final String FOLDER = "/dev/keel/margin/presets/";

  private MarginPresets() {}

  /** The preset of that name, or {@code null} when Keel ships none by it. */
  static MarginRules get(String name) {
    return Loaded.PRESETS.get(name);
  }

  /** Holds the presets, read when the class is first used. */
  private static final class Loaded {
    static final Map<String, MarginRules> PRESETS = readAll();
  }

  private static Map<String, MarginRules> readAll() {
    Map<String, MarginRules> presets = new LinkedHashMap<>();
    for (String name : NAMES) {
      presets.put(name, read(name, text(name)));
    }
    return presets;
  }

  /**
   * Reads a preset's text.
   *
   * @throws IllegalStateException when it has a problem: a preset is part of Keel, so this is a bug
   */
  static MarginRules read(String name, String text) {
    List<Problem> problems = new ArrayList<>();
    LocatedJson json = LocatedJson.parse(text, problems);
    MarginRules rules = null;
    if (json != null) {
      JsonFields.Context context = new JsonFields.Context(json, problems);
      JsonFields fields =
          JsonFields.of(
              context, json.root(), "", "the margin preset " + name, MarginRulesFields.RULES);
      if (fields != null) {
        rules = MarginRulesFields.read(fields);
        if (rules.note() == null) {
          context.problem("", "the margin preset " + name + " has no \"note\"");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the margin preset " + name + " does not read: " + problems);
    }
    return rules.asPreset(name);
  }

  private static String text(String name) {
    try (InputStream in = MarginPresets.class.getResourceAsStream(FOLDER + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the margin preset " + name + " is missing from Keel");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the margin preset " + name, e);
    }
  }
}
