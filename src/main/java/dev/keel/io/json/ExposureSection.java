package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.ExposureBasis;
import dev.keel.model.Portfolio;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mandate's {@code exposureBasis} (whether target weights measure value or delta-adjusted
 * exposure) and its {@code hedges} (the instrument that closes an underlying's gap, by underlying).
 * Neither is written when it holds the default, so a book without derivatives stays as it was.
 */
final class ExposureSection implements Section {
  private static final List<String> BASIS_LABELS =
      Arrays.stream(ExposureBasis.values()).map(ExposureBasis::label).toList();

  @Override
  public List<String> fields() {
    return List.of("exposureBasis", "hedges");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    JsonFields root = in.root();
    draft.portfolio.exposureBasis(
        root.choice("exposureBasis", ExposureBasis::fromLabel, BASIS_LABELS, ExposureBasis.VALUE));
    Map<String, String> hedges = new LinkedHashMap<>();
    root.entries("hedges")
        .forEach(
            (underlying, node) -> {
              if (node.isTextual() && !node.asText().isBlank()) {
                hedges.put(underlying, node.asText());
              } else {
                in.context()
                    .problem(
                        "hedges/" + underlying,
                        "the hedge of "
                            + underlying
                            + " must be an instrument's symbol, such as \"BTC-PERPETUAL\", found "
                            + JsonFields.describe(node));
              }
            });
    draft.portfolio.hedges(hedges);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    if (portfolio.exposureBasis() != ExposureBasis.VALUE) {
      root.put("exposureBasis", portfolio.exposureBasis().label());
    }
    if (!portfolio.hedges().isEmpty()) {
      ObjectNode hedges = root.putObject("hedges");
      portfolio.hedges().forEach(hedges::put);
    }
  }
}
