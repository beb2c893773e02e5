package dev.keel.io.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.engine.rebalance.Decimals;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.TextOutput;
import dev.keel.model.check.UnsafeCharacters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The manifest of an export: where the orders came from (the portfolio file and its SHA-256, the
 * settings, the proposal), when they were written, the counts of approved and rejected trades, and
 * every orders file written with its venue, accounts, format, orders and SHA-256.
 */
final class ExportManifest {
  /** The manifest format's version: 2 since exports are per venue (the {@code files} list). */
  static final int VERSION = 2;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExportManifest() {}

  /**
   * The manifest's text.
   *
   * @param createdAt when the files are written; the manifest records it to the second, whoever
   *     calls
   * @param digests the SHA-256 of each orders file's bytes, by file name
   */
  static String render(
      ExportPlan plan,
      Review review,
      OrderTerms terms,
      OrderExport.Source source,
      Instant createdAt,
      Map<String, String> digests) {
    Proposal proposal = review.proposal();
    ObjectNode root = NODES.objectNode();
    root.put("format", "keel-order-manifest");
    root.put("version", VERSION);
    root.put("proposalId", proposal.id());
    root.put("createdAt", createdAt.truncatedTo(ChronoUnit.SECONDS).toString());
    // a path may hold a character no Keel text holds: it is spelt out, as in messages
    root.put("input", UnsafeCharacters.shown(source.inputName()));
    root.put("inputSha256", source.inputSha256());
    root.put("portfolio", proposal.portfolio().name());
    // the time of the market data the trades were priced with, which may be another snapshot's
    root.put("portfolioAsOf", proposal.market().asOf().toString());
    if (plan.isSingleFile()) {
      root.put("ordersFile", plan.files().get(0).name());
    } else {
      root.putNull("ordersFile");
    }
    long formats = plan.files().stream().map(OrderFile::format).distinct().count();
    if (formats == 1) {
      root.put("orderFormat", plan.files().get(0).format().label());
    } else {
      root.putNull("orderFormat");
    }
    root.put("routing", plan.routing().label());
    root.put("orderType", RebalanceSettings.label(terms.type()));
    if (terms.type() == OrderTerms.OrderType.LIMIT) {
      root.put("limitOffsetBps", Decimals.clean(terms.limitOffsetBps()));
    }
    settings(root.putObject("settings"), proposal.settings());
    ObjectNode counts = root.putObject("trades");
    counts.put("proposed", proposal.trades().size());
    counts.put("approved", review.count(Decision.APPROVED));
    counts.put("rejected", review.count(Decision.REJECTED));
    counts.put("pending", review.count(Decision.PENDING));
    ArrayNode exported = root.putArray("exportedTradeIds");
    plan.files().forEach(file -> file.trades().forEach(trade -> exported.add(trade.id())));
    if (source.guard() != null) {
      ManifestGuard.write(root.putObject("guard"), source.guard(), source.guardOverridden());
    }
    ArrayNode files = root.putArray("files");
    for (OrderFile file : plan.files()) {
      ObjectNode node = files.addObject();
      node.put("name", file.name());
      if (file.venue() == null) {
        node.putNull("venue");
      } else {
        node.put("venue", file.venue().id());
      }
      ArrayNode accounts = node.putArray("accounts");
      file.accounts().forEach(accounts::add);
      node.put("format", file.format().label());
      node.put("orders", file.orders());
      node.put("sha256", digests.get(file.name()));
      ArrayNode ids = node.putArray("tradeIds");
      file.trades().stream().map(Trade::id).forEach(ids::add);
    }
    return TextOutput.json(root);
  }

  private static void settings(ObjectNode node, RebalanceSettings settings) {
    node.put("trigger", RebalanceSettings.label(settings.trigger()));
    node.put("destination", RebalanceSettings.label(settings.destination()));
    node.put("fraction", Decimals.clean(settings.fraction()));
    node.put("cashFlow", Decimals.clean(settings.cashFlow()));
    if (settings.cashFlowAccount() != null) {
      node.put("cashFlowAccount", settings.cashFlowAccount());
    }
    node.put("mode", RebalanceSettings.label(settings.mode()));
    node.put("minTradeNotional", Decimals.clean(settings.minTradeNotional()));
    if (settings.maxTurnover() != null) {
      node.put("maxTurnover", Decimals.clean(settings.maxTurnover()));
    }
    node.put("scope", RebalanceSettings.label(settings.scope()));
  }
}
