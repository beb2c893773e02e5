package dev.keel.ui.holdings;

import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The holdings filters applied to a drift report's rows: the instruments whose symbol or name holds
 * the search text, held in the account, under the class (at any depth), each with the class rows
 * above it, in report order. A {@code null} account or class keeps every one.
 *
 * @param search the text typed, any case; empty keeps every instrument
 * @param account an account id, or {@code null}
 * @param classId an asset class id, or {@code null}
 */
public record HoldingsFilter(String search, String account, String classId) {
  public HoldingsFilter {
    search = searchKey(search);
  }

  /** The search text as it is matched: trimmed, in lower case; empty when nothing is sought. */
  static String searchKey(String typed) {
    return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the filter keeps every row. */
  public boolean keepsAll() {
    return search.isEmpty() && account == null && classId == null;
  }

  /** The rows that pass, with the class rows above them, in the order given. */
  public List<DriftRow> apply(List<DriftRow> rows) {
    if (keepsAll()) {
      return rows;
    }
    Map<String, DriftRow> classRows = new HashMap<>();
    for (DriftRow row : rows) {
      if (row.kind() == RowKind.ASSET_CLASS) {
        classRows.put(row.key(), row);
      }
    }
    Set<DriftRow> keep = new LinkedHashSet<>();
    for (DriftRow row : rows) {
      if (row.kind() != RowKind.INSTRUMENT || !matches(row, classRows)) {
        continue;
      }
      keep.add(row);
      for (String parent = row.parent(); parent != null; ) {
        DriftRow above = classRows.get(parent);
        if (above == null) {
          break;
        }
        keep.add(above);
        parent = above.parent();
      }
    }
    List<DriftRow> shown = new ArrayList<>();
    for (DriftRow row : rows) {
      if (keep.contains(row)) {
        shown.add(row);
      }
    }
    return shown;
  }

  private boolean matches(DriftRow row, Map<String, DriftRow> classRows) {
    if (!search.isEmpty()
        && !row.key().toLowerCase(Locale.ROOT).contains(search)
        && !row.label().toLowerCase(Locale.ROOT).contains(search)) {
      return false;
    }
    if (account != null && row.holdings().stream().noneMatch(h -> h.account().equals(account))) {
      return false;
    }
    if (classId == null) {
      return true;
    }
    for (String parent = row.parent(); parent != null; ) {
      if (parent.equals(classId)) {
        return true;
      }
      DriftRow above = classRows.get(parent);
      parent = above == null ? null : above.parent();
    }
    return false;
  }
}
