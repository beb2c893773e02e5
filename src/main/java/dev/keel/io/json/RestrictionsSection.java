package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.Restriction;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code restrictions} map: a trading restriction per symbol. */
final class RestrictionsSection implements Section {
  private static final List<String> RESTRICTION_LABELS =
      Arrays.stream(Restriction.values()).map(Restriction::label).toList();

  @Override
  public List<String> fields() {
    return List.of("restrictions");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    Map<String, Restriction> restrictions = new LinkedHashMap<>();
    in.root()
        .entries("restrictions")
        .forEach(
            (symbol, node) -> {
              Restriction restriction =
                  node.isTextual()
                      ? Restriction.fromLabel(node.asText().toLowerCase(Locale.ROOT))
                      : null;
              if (restriction == null) {
                in.context()
                    .problem(
                        "restrictions/" + symbol,
                        "the restriction of "
                            + symbol
                            + " is "
                            + JsonFields.describe(node)
                            + ": use one of "
                            + String.join(", ", RESTRICTION_LABELS));
              } else {
                restrictions.put(symbol, restriction);
              }
            });
    draft.portfolio.restrictions(restrictions);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    ObjectNode restrictions = root.putObject("restrictions");
    portfolio
        .restrictions()
        .forEach((symbol, restriction) -> restrictions.put(symbol, restriction.label()));
  }
}
