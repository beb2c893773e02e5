package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The header: {@code format}, {@code version}, {@code name}, {@code description}, {@code
 * baseCurrency} and {@code asOf}. The base currency and the as-of time are read first because the
 * sections after them default to them.
 */
final class HeaderSection implements Section {
  @Override
  public List<String> fields() {
    return List.of("format", "version", "name", "description", "baseCurrency", "asOf");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    JsonFields root = in.root();
    checkFormat(root);
    draft.name = root.requiredText("name");
    draft.description = root.textOrEmpty("description", "");
    draft.baseCurrency = in.currency(root, "baseCurrency", null);
    Instant asOf = root.instant("asOf", null);
    in.header(draft.baseCurrency, asOf);
  }

  private static void checkFormat(JsonFields root) {
    String format = root.requiredText("format");
    if (format != null && !format.equals(PortfolioDocument.FORMAT)) {
      root.problem(
          "format",
          "\"format\" is \""
              + format
              + "\": a portfolio file has \""
              + PortfolioDocument.FORMAT
              + "\"");
    }
    BigDecimal version = root.decimal("version", Range.POSITIVE, null);
    if (root.has("version") && version.scale() > 0) {
      root.problem(
          "version", "\"version\" must be a whole number, such as " + PortfolioDocument.VERSION);
    } else if (version.compareTo(BigDecimal.valueOf(PortfolioDocument.VERSION)) != 0
        && root.has("version")) {
      root.problem(
          "version",
          "version "
              + version.toPlainString()
              + " is not one this Keel reads: it reads version "
              + PortfolioDocument.VERSION
              + " (a newer Keel may read it)");
    }
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    root.put("format", PortfolioDocument.FORMAT);
    root.put("version", PortfolioDocument.VERSION);
    root.put("name", portfolio.name());
    if (!portfolio.description().isEmpty()) {
      root.put("description", portfolio.description());
    }
    root.put("baseCurrency", portfolio.baseCurrency());
    root.put("asOf", portfolio.asOf().toString());
  }
}
