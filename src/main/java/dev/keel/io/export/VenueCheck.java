package dev.keel.io.export;

import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Account;
import java.util.Optional;

/**
 * What an export by venue will make of each trade of a proposal, asked before any trade is approved
 * (the trades table shows it beside each trade): the format its account's venue writes, and why
 * that format cannot carry the trade. The rules are those of {@link OrderExport#plan} with {@link
 * Routing#BY_VENUE}; no file is read or written, and each question costs a look-up or two.
 */
public final class VenueCheck {
  private final ExportContext context;

  /** A check of the trades of this proposal, against its portfolio's accounts and instruments. */
  public VenueCheck(Proposal proposal) {
    this.context = new ExportContext(proposal);
  }

  /** The account a trade is placed in; empty when the portfolio has no account of its id. */
  public Optional<Account> account(Trade trade) {
    return Optional.ofNullable(context.account(trade.account()));
  }

  /** The format the trade's order is written in; empty when its account is not the portfolio's. */
  public Optional<OrderFormat> format(Trade trade) {
    return account(trade).map(account -> OrderFormat.byVenue(account.venue()));
  }

  /**
   * Why the export by venue cannot write the trade, said with what to do, as the export's problem
   * with it says after the trade and account; empty when it can.
   */
  public Optional<String> refusal(Trade trade) {
    Optional<OrderFormat> format = format(trade);
    if (format.isEmpty()) {
      return Optional.of(ExportPlanner.notAnAccount(trade));
    }
    return FormatWriter.of(format.get())
        .refusal(trade, context.instrument(trade.symbol()), context);
  }
}
