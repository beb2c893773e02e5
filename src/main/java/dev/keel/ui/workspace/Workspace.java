package dev.keel.ui.workspace;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The workspace's nodes: two areas of tabs one above the other with a divider between them, laid
 * out as the {@link WorkspaceViewModel}'s arrangement says. A tab is dragged to another place in
 * its area, and moved to the other area from its context menu (or View ▸ Move the view in front);
 * every change goes to the view-model, and the areas follow it.
 */
public final class Workspace {
  private final WorkspaceViewModel viewModel;
  private final SplitPane root = new SplitPane();
  private final Map<Area, TabPane> areas = new EnumMap<>(Area.class);
  private final Map<ViewId, Tab> tabs = new EnumMap<>(ViewId.class);
  private final Map<ViewId, MenuItem> moveItems = new EnumMap<>(ViewId.class);

  /** True while the areas are made to follow the arrangement, so their changes are not news. */
  private boolean following;

  /**
   * @param contents each view's content
   * @param titles each view's tab title (say, with a count), live
   */
  public Workspace(
      WorkspaceViewModel viewModel,
      Map<ViewId, Node> contents,
      Map<ViewId, ObservableValue<String>> titles) {
    this.viewModel = viewModel;
    root.setId("workspace");
    root.setOrientation(Orientation.VERTICAL);
    for (Area area : Area.values()) {
      TabPane pane = new TabPane();
      pane.setId(area == Area.UPPER ? "upper-area" : "lower-area");
      pane.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
      pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
      pane.getTabs().addListener((ListChangeListener<Tab>) change -> reordered(area));
      pane.getSelectionModel()
          .selectedItemProperty()
          .addListener((obs, old, now) -> broughtForward(now));
      areas.put(area, pane);
    }
    for (ViewId view : ViewId.values()) {
      Tab tab = new Tab();
      tab.setId("view-" + view.key());
      tab.setUserData(view);
      tab.setContent(contents.get(view));
      tab.textProperty().bind(titles.getOrDefault(view, new ReadOnlyStringWrapper(view.title())));
      MenuItem move = new MenuItem();
      move.setOnAction(event -> viewModel.move(view));
      tab.setContextMenu(new ContextMenu(move));
      moveItems.put(view, move);
      tabs.put(view, tab);
    }
    root.getDividers().addListener((ListChangeListener<SplitPane.Divider>) this::followDividers);
    follow(viewModel.arrangement());
    viewModel.arrangementProperty().addListener((obs, old, now) -> follow(now));
  }

  public Parent root() {
    return root;
  }

  /** The tab of {@code view}, wherever it is. */
  public Tab tab(ViewId view) {
    return tabs.get(view);
  }

  /** The tabs of {@code area}. */
  public TabPane area(Area area) {
    return areas.get(area);
  }

  private void follow(Arrangement arrangement) {
    following = true;
    try {
      for (Area area : Area.values()) {
        List<Tab> wanted = arrangement.views(area).stream().map(tabs::get).toList();
        if (!areas.get(area).getTabs().equals(wanted)) {
          // a tab may be in one area only: take the moved ones out before they go in elsewhere
          areas.get(area.other()).getTabs().removeAll(wanted);
          areas.get(area).getTabs().setAll(wanted);
        }
        ViewId front = arrangement.front(area);
        if (front != null) {
          areas.get(area).getSelectionModel().select(tabs.get(front));
        }
        for (ViewId view : arrangement.views(area)) {
          moveItems
              .get(view)
              .setText(area == Area.UPPER ? "Move to the lower area" : "Move to the upper area");
        }
      }
      List<Node> shown =
          java.util.Arrays.stream(Area.values())
              .filter(area -> !arrangement.views(area).isEmpty())
              .map(area -> (Node) areas.get(area))
              .toList();
      if (!root.getItems().equals(shown)) {
        root.getItems().setAll(shown);
      }
      if (root.getDividers().size() == 1
          && Math.abs(root.getDividerPositions()[0] - arrangement.divider()) > 1e-3) {
        root.setDividerPositions(arrangement.divider());
      }
    } finally {
      following = false;
    }
  }

  private void reordered(Area area) {
    if (!following) {
      viewModel.reorder(
          area, areas.get(area).getTabs().stream().map(tab -> (ViewId) tab.getUserData()).toList());
    }
  }

  private void broughtForward(Tab tab) {
    if (!following && tab != null) {
      viewModel.bringForward((ViewId) tab.getUserData());
    }
  }

  /** Sends where the trader drags a new divider to the view-model (a new one each layout). */
  private void followDividers(ListChangeListener.Change<? extends SplitPane.Divider> change) {
    while (change.next()) {
      for (SplitPane.Divider divider : change.getAddedSubList()) {
        divider
            .positionProperty()
            .addListener(
                (obs, old, now) -> {
                  if (!following) {
                    viewModel.divider(now.doubleValue());
                  }
                });
      }
    }
  }
}
