package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.ui.common.BackgroundTaskRunner;
import dev.keel.ui.workspace.Area;
import dev.keel.ui.workspace.Arrangement;
import dev.keel.ui.workspace.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace in the real window: views in two areas, moved, brought forward, remembered. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFlowTest {
  @TempDir static Path folder;

  private WorkstationViewModel viewModel;
  private MainWindow window;
  private Path prefs;

  @Start
  void start(Stage stage) throws Exception {
    prefs = Files.createTempDirectory(folder, "run").resolve("prefs.json");
    viewModel =
        new WorkstationViewModel(new BackgroundTaskRunner(), new WindowPrompts(() -> stage), prefs);
    window = TestWindows.show(stage, viewModel, 1600, 1000);
    viewModel.start(List.of(TestPortfolios.DERIVATIVES.toString()));
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static TabPane area(FxRobot robot, Area area) {
    return robot.lookup(area == Area.UPPER ? "#upper-area" : "#lower-area").queryAs(TabPane.class);
  }

  @Test
  void theDerivatives_haveAViewOfTheirOwn_andTheTreeKeepsItsHeight(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> !viewModel.holdings().derivatives().isEmpty());
    TreeTableView<?> tree = robot.lookup("#drift-table").queryAs(TreeTableView.class);
    double treeHeight = tree.getHeight();
    assertThat(treeHeight).as("the tree has the allocation's whole height").isGreaterThan(300);

    robot.interact(
        () -> window.workspaceTab(ViewId.DERIVATIVES).getContextMenu().getItems().get(0).fire());
    waitUntil(
        () -> area(robot, Area.LOWER).getTabs().contains(window.workspaceTab(ViewId.DERIVATIVES)));

    TableView<?> list = robot.lookup("#derivatives").queryAs(TableView.class);
    assertThat(area(robot, Area.LOWER).getSelectionModel().getSelectedItem())
        .isEqualTo(window.workspaceTab(ViewId.DERIVATIVES));
    assertThat(list.getItems()).hasSize(5);
    assertThat(list.getHeight()).as("the list has its area's height").isGreaterThan(250);
    assertThat(tree.getHeight()).isEqualTo(treeHeight);
    assertThat(window.workspaceTab(ViewId.DERIVATIVES).getContextMenu().getItems().get(0).getText())
        .isEqualTo("Move to the upper area");
  }

  @Test
  void theViewMenusShortcut_bringsAViewForward(FxRobot robot) throws TimeoutException {
    waitUntil(() -> viewModel.document().portfolioProperty().get() != null);
    robot.clickOn("#drift-table");
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
    waitUntil(
        () ->
            area(robot, Area.UPPER).getSelectionModel().getSelectedItem()
                == window.workspaceTab(ViewId.EXPOSURE));
    assertThat(robot.lookup("#exposure-view").tryQuery()).isPresent();
    assertThat(viewModel.workspace().arrangement().front(Area.UPPER)).isEqualTo(ViewId.EXPOSURE);

    robot.interact(
        () -> area(robot, Area.UPPER).getSelectionModel().select(window.workspaceTab(ViewId.RISK)));
    assertThat(viewModel.workspace().arrangement().front(Area.UPPER)).isEqualTo(ViewId.RISK);
  }

  @Test
  void anEmptyArea_givesTheOtherTheWholeHeight_andResetBringsItBack(FxRobot robot)
      throws TimeoutException {
    SplitPane workspace = robot.lookup("#workspace").queryAs(SplitPane.class);
    robot.interact(
        () -> {
          for (ViewId view : List.of(ViewId.PROPOSAL, ViewId.MARGIN, ViewId.STRESS)) {
            viewModel.workspace().move(view);
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.getItems()).containsExactly(area(robot, Area.UPPER));
    assertThat(area(robot, Area.UPPER).getTabs()).hasSize(ViewId.values().length);

    robot.interact(() -> viewModel.workspace().reset());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.getItems()).hasSize(2);
    assertThat(area(robot, Area.LOWER).getTabs().get(0))
        .isEqualTo(window.workspaceTab(ViewId.PROPOSAL));
  }

  @Test
  void theArrangement_isRememberedOnClose_andComesBackOnTheNextStart(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> viewModel.document().portfolioProperty().get() != null);
    SplitPane workspace = robot.lookup("#workspace").queryAs(SplitPane.class);
    robot.interact(
        () -> {
          viewModel.workspace().move(ViewId.RISK);
          workspace.setDividerPositions(0.4); // as a drag of the divider does
        });
    assertThat(viewModel.workspace().arrangement().divider()).isCloseTo(0.4, withinAPixel());
    Arrangement left = viewModel.workspace().arrangement();

    robot.interact(() -> assertThat(window.mayClose()).isTrue());

    WorkstationViewModel next =
        new WorkstationViewModel(new BackgroundTaskRunner(), new WindowPrompts(() -> null), prefs);
    assertThat(next.workspace().arrangement()).isEqualTo(left);
    assertThat(next.workspace().arrangement().lower()).endsWith(ViewId.RISK);
  }

  private static org.assertj.core.data.Offset<Double> withinAPixel() {
    return org.assertj.core.data.Offset.offset(0.002);
  }
}
