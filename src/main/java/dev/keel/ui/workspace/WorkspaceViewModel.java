package dev.keel.ui.workspace;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * State of the workspace: the arrangement of its views, changed by the trader's commands (bring a
 * view forward, move it to the other area, drag its tab, drag the divider, go back to the first
 * arrangement). The window remembers the arrangement between starts.
 */
public final class WorkspaceViewModel {
  private final ReadOnlyObjectWrapper<Arrangement> arrangement;

  public WorkspaceViewModel(Arrangement initial) {
    arrangement = new ReadOnlyObjectWrapper<>(initial);
  }

  /** The current arrangement; a new value whenever the trader changes it. */
  public ReadOnlyObjectProperty<Arrangement> arrangementProperty() {
    return arrangement.getReadOnlyProperty();
  }

  public Arrangement arrangement() {
    return arrangement.get();
  }

  /** Puts {@code view} in front of its area. */
  public void bringForward(ViewId view) {
    change(arrangement.get().withFront(view));
  }

  /** Moves {@code view} to the other area, in front there. */
  public void move(ViewId view) {
    change(arrangement.get().moved(view));
  }

  /** Puts the views of {@code area} in the order the trader dragged their tabs to. */
  public void reorder(Area area, List<ViewId> order) {
    change(arrangement.get().reordered(area, order));
  }

  /** Notes where the trader dragged the divider: the upper area's share of the height. */
  public void divider(double share) {
    change(arrangement.get().withDivider(share));
  }

  /** Goes back to the arrangement of a first start. */
  public void reset() {
    change(Arrangement.DEFAULT);
  }

  private void change(Arrangement now) {
    if (!now.equals(arrangement.get())) {
      arrangement.set(now);
    }
  }
}
