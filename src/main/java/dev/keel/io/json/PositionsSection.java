package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The {@code positions} list: the quantity each account holds of each instrument. */
final class PositionsSection implements Section {
  private static final Set<String> POSITION =
      JsonFields.names("account", "symbol", "quantity", "entryPrice", "leverage", "isolatedMargin");

  @Override
  public List<String> fields() {
    return List.of("positions");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.portfolio.positions(
        in.list("positions", "a position", POSITION, PositionsSection::position, null, null));
  }

  private static Position position(JsonFields fields) {
    String account = fields.requiredText("account");
    String symbol = fields.requiredText("symbol");
    BigDecimal quantity = fields.decimal("quantity", Range.ANY, null);
    BigDecimal entryPrice =
        fields.has("entryPrice") ? fields.decimal("entryPrice", Range.POSITIVE, null) : null;
    BigDecimal leverage =
        fields.has("leverage") ? fields.decimal("leverage", Range.POSITIVE, null) : null;
    if (leverage != null && leverage.compareTo(BigDecimal.ONE) < 0) {
      fields.problem(
          "leverage",
          "\"leverage\" "
              + leverage.toPlainString()
              + " is below 1: write the leverage the position is opened at, such as 10");
      leverage = null;
    }
    BigDecimal isolatedMargin =
        fields.has("isolatedMargin")
            ? fields.decimal("isolatedMargin", Range.POSITIVE, null)
            : null;
    return account == null || symbol == null
        ? null
        : new Position(account, symbol, quantity, entryPrice, leverage, isolatedMargin);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    ArrayNode positions = root.putArray("positions");
    for (Position position : portfolio.positions()) {
      ObjectNode node =
          positions
              .addObject()
              .put("account", position.account())
              .put("symbol", position.symbol())
              .put("quantity", position.quantity().toPlainString());
      if (position.entryPrice() != null) {
        node.put("entryPrice", position.entryPrice().toPlainString());
      }
      if (position.leverage() != null) {
        node.put("leverage", position.leverage().toPlainString());
      }
      if (position.isolatedMargin() != null) {
        node.put("isolatedMargin", position.isolatedMargin().toPlainString());
      }
    }
  }
}
