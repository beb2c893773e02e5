package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Account;
import dev.keel.model.Portfolio;
import dev.keel.model.ValidationProblem.Kind;
import dev.keel.model.Venue;
import dev.keel.model.margin.AccountMargin;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code accounts} list: each account's id, name and venue. */
final class AccountsSection implements Section {
  private static final Set<String> ACCOUNT = JsonFields.names("id", "name", "venue", "margin");

  @Override
  public List<String> fields() {
    return List.of("accounts");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.portfolio.accounts(
        in.list("accounts", "an account", ACCOUNT, AccountsSection::account, Kind.ACCOUNT, "id"));
  }

  private static Account account(JsonFields fields) {
    String id = fields.requiredText("id");
    String name = fields.text("name", id);
    Venue venue = venue(fields);
    AccountMargin margin = MarginFields.account(fields, id == null ? "?" : id);
    // a bad name, venue or margin has been reported; the account still exists for what refers to it
    return id == null ? null : new Account(id, name == null ? id : name, venue, margin);
  }

  /**
   * The account's venue: a known id, or a name Keel recognises (files before venues were a list
   * named them in free text, such as "Interactive Brokers"). Anything else reads as {@code other}
   * with a warning, so the file still opens.
   */
  private static Venue venue(JsonFields fields) {
    String text = fields.textOrEmpty("venue", "");
    if (text == null || text.isEmpty()) {
      return Venue.OTHER;
    }
    Optional<Venue> known = Venue.fromId(text).or(() -> Venue.recognise(text));
    if (known.isEmpty()) {
      fields.warning(
          "venue",
          "venue \""
              + text
              + "\" is not one Keel knows, so its orders are exported in the generic format: use"
              + " a CCXT exchange id, ibkr or other (one of "
              + String.join(", ", Venue.ids())
              + ")");
    }
    return known.orElse(Venue.OTHER);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    ArrayNode accounts = root.putArray("accounts");
    for (Account account : portfolio.accounts()) {
      ObjectNode node = accounts.addObject().put("id", account.id()).put("name", account.name());
      if (account.venue() != Venue.OTHER) {
        node.put("venue", account.venue().id());
      }
      MarginFields.write(node, account.margin());
    }
  }
}
