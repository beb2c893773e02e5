package dev.keel.model;

import dev.keel.model.check.Checks;
import java.util.Objects;

/**
 * An account at an exchange or a broker, which holds positions and cash.
 *
 * @param id unique id used by positions and cash balances
 * @param name human-readable name
 * @param venue where the account is held, which decides how its orders are exported
 */
public record Account(String id, String name, Venue venue) {
  public Account {
    Checks.text(id, "id");
    Checks.text(name, "name");
    Objects.requireNonNull(venue, "venue");
  }
}
