package dev.keel.model;

import dev.keel.model.check.Checks;

/**
 * An asset class, possibly nested inside another (US equity inside equity).
 *
 * @param id unique id used by instruments, targets and bands
 * @param name human-readable name
 * @param parent id of the enclosing class, or {@code null} for a top-level class
 */
public record AssetClass(String id, String name, String parent) {
  public AssetClass {
    Checks.text(id, "id");
    Checks.text(name, "name");
    if (parent != null) {
      Checks.text(parent, "parent");
    }
  }

  /** Whether this class sits at the top of the allocation, beside cash. */
  public boolean isTopLevel() {
    return parent == null;
  }
}
