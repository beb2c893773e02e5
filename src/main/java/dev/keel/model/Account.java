package dev.keel.model;

import dev.keel.model.check.Checks;
import dev.keel.model.margin.AccountMargin;
import java.util.Objects;

/**
 * An account at an exchange or a broker, which holds positions and cash.
 *
 * @param id unique id used by positions and cash balances
 * @param name human-readable name
 * @param venue where the account is held, which decides how its orders are exported
 * @param margin how the venue margins it; {@link AccountMargin#CASH} for no leverage
 */
public record Account(String id, String name, Venue venue, AccountMargin margin) {
  public Account {
    Checks.text(id, "id");
    Checks.text(name, "name");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(margin, "margin");
  }

  /** A cash account. */
  public Account(String id, String name, Venue venue) {
    this(id, name, venue, AccountMargin.CASH);
  }
}
