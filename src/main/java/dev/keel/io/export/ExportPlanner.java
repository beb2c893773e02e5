package dev.keel.io.export;

import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Account;
import dev.keel.model.Portfolio;
import dev.keel.model.Venue;
import dev.keel.model.check.UnsafeCharacters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which file each approved trade goes to, and names the files. By venue: one CCXT list per
 * crypto-exchange account (CCXT trades with one API key, which is one account), one IBKR basket for
 * every {@code ibkr} account, one generic CSV per other venue. Forced: one file of that format for
 * every order. The files follow the accounts' order in the portfolio, and every account has its
 * file whether or not it trades today, so the same book always writes the same files and
 * yesterday's orders are never left beside today's under a name the export did not write.
 */
final class ExportPlanner {
  /** What may stand in a file name; anything else in an account id becomes {@code _}. */
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private ExportPlanner() {}

  /** A file being planned: its format, venue, accounts and trades, and its name's middle part. */
  private static final class Group {
    final OrderFormat format;
    final Venue venue;
    final String label;
    final List<String> accounts = new ArrayList<>();
    final List<Trade> trades = new ArrayList<>();
    Venue commonVenue;
    boolean mixedVenues;

    Group(OrderFormat format, Venue venue, String label) {
      this.format = format;
      this.venue = venue;
      this.label = label;
    }

    void cover(Account account) {
      accounts.add(account.id());
      if (commonVenue == null && !mixedVenues) {
        commonVenue = account.venue();
      } else if (commonVenue != account.venue()) {
        mixedVenues = true;
        commonVenue = null;
      }
    }
  }

  static ExportPlan plan(Review review, Routing routing, String portfolioStem) {
    String stem = plainStem(portfolioStem);
    Portfolio portfolio = review.proposal().portfolio();
    ExportContext context = new ExportContext(review.proposal());
    Map<String, Group> byAccount = new LinkedHashMap<>();
    List<Group> groups = new ArrayList<>();
    Optional<OrderFormat> forced = routing.forcedFormat();
    if (forced.isPresent() || portfolio.accounts().isEmpty()) {
      Group all = new Group(forced.orElse(OrderFormat.GENERIC), null, "all");
      portfolio.accounts().forEach(account -> assign(all, account, byAccount));
      groups.add(all);
    } else {
      Map<String, Group> byKey = new LinkedHashMap<>();
      for (Account account : portfolio.accounts()) {
        Venue venue = account.venue();
        String key =
            venue.isCryptoExchange()
                ? "ccxt/" + venue.id() + "/" + account.id()
                : venue == Venue.IBKR ? "ibkr" : "generic/" + venue.id();
        Group group =
            byKey.computeIfAbsent(
                key,
                k -> {
                  Group made =
                      venue.isCryptoExchange()
                          ? new Group(
                              OrderFormat.byVenue(venue),
                              venue,
                              venue.id() + "-" + safe(account.id()))
                          : new Group(OrderFormat.byVenue(venue), venue, venue.id());
                  groups.add(made);
                  return made;
                });
        assign(group, account, byAccount);
      }
    }
    List<String> problems = new ArrayList<>();
    for (Trade trade : review.approvedTrades()) {
      Group group = byAccount.get(trade.account());
      if (group == null) {
        problems.add(trade.id() + " " + trade.symbol() + ": " + notAnAccount(trade));
        continue;
      }
      group.trades.add(trade);
      FormatWriter.of(group.format)
          .refusal(trade, context.instrument(trade.symbol()), context)
          .ifPresent(reason -> problems.add(where(trade, context) + reason));
    }
    List<String> names = names(groups, stem);
    List<OrderFile> files = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      Venue venue = group.venue != null ? group.venue : group.commonVenue;
      files.add(new OrderFile(names.get(i), group.format, venue, group.accounts, group.trades));
    }
    String manifest =
        files.size() == 1 ? manifestOf(files.get(0).name()) : stem + ".orders.manifest.json";
    return new ExportPlan(routing, files, manifest, problems);
  }

  private static void assign(Group group, Account account, Map<String, Group> byAccount) {
    group.cover(account);
    byAccount.put(account.id(), group);
  }

  /** The manifest of a one-file export: the file's name plus {@code .manifest.json}. */
  static String manifestOf(String ordersFile) {
    return ordersFile + ".manifest.json";
  }

  /**
   * {@code NAME.orders.EXT} for one file; otherwise {@code NAME.VENUE.orders.EXT}, and {@code
   * NAME.VENUE-ACCOUNT.orders.json} for a crypto exchange's account; a name that would repeat
   * another, in any case (macOS and Windows take {@code Main} and {@code main} for one file), gets
   * {@code -2}, {@code -3}, ... after its middle part. The manifest's name ends otherwise, so it is
   * never one of them.
   */
  private static List<String> names(List<Group> groups, String stem) {
    if (groups.size() == 1) {
      return List.of(stem + ".orders." + groups.get(0).format.extension());
    }
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Group group : groups) {
      String label = group.label;
      for (int n = 2; !taken.add(label.toLowerCase(Locale.ROOT)); n++) {
        label = group.label + "-" + n;
      }
      names.add(stem + "." + label + ".orders." + group.format.extension());
    }
    return names;
  }

  /**
   * The stem with each control, invisible or text-direction character (a file may be named with
   * one) as {@code _}, so that no order file's name, nor the manifest that lists it, holds one.
   */
  private static String plainStem(String stem) {
    StringBuilder plain = new StringBuilder();
    stem.codePoints().forEach(c -> plain.appendCodePoint(UnsafeCharacters.isUnsafe(c) ? '_' : c));
    return plain.toString();
  }

  /** An account id as it may stand in a file name: letters, digits, '.', '_' and '-'. */
  static String safe(String id) {
    String safe = UNSAFE.matcher(id).replaceAll("_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
  }

  /** Why a trade whose account the portfolio does not have cannot be exported. */
  static String notAnAccount(Trade trade) {
    return "its account " + trade.account() + " is not one of the portfolio's accounts";
  }

  /** The start of a problem with a trade: its id, symbol, account and the account's venue. */
  private static String where(Trade trade, ExportContext context) {
    Account account = context.account(trade.account());
    return trade.id()
        + " "
        + trade.symbol()
        + " in account "
        + trade.account()
        + " ("
        + account.venue().id()
        + "): ";
  }
}
