package dev.keel.ui.workspace;

import java.util.Optional;

/**
 * A view of the workspace, with the title its tab starts from, the key it is remembered by, and the
 * menu text that brings it forward (its mnemonic marked with {@code _}).
 */
public enum ViewId {
  ALLOCATION("Allocation", "allocation", "_Allocation"),
  DERIVATIVES("Derivatives", "derivatives", "_Derivatives"),
  EXPOSURE("Exposure", "exposure", "E_xposure"),
  RISK("Risk", "risk", "Ris_k"),
  PROPOSAL("Proposal", "proposal", "_Proposal"),
  MARGIN("Margin", "margin", "_Margin"),
  STRESS("Stress", "stress", "St_ress");

  private final String title;
  private final String key;
  private final String menuText;

  ViewId(String title, String key, String menuText) {
    this.title = title;
    this.key = key;
    this.menuText = menuText;
  }

  public String title() {
    return title;
  }

  /** The name in the preferences file; never changes once released. */
  public String key() {
    return key;
  }

  public String menuText() {
    return menuText;
  }

  /** The view remembered as {@code key}, if Keel still has one of that name. */
  public static Optional<ViewId> ofKey(String key) {
    for (ViewId view : values()) {
      if (view.key.equals(key)) {
        return Optional.of(view);
      }
    }
    return Optional.empty();
  }
}
