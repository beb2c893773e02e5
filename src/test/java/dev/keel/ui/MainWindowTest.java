package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.ui.holdings.HoldingsViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's menu, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private HoldingsViewModel viewModel;

  @Start
  void start(Stage stage) {
    viewModel = new HoldingsViewModel();
    viewModel.open(TestPortfolios.CRYPTO);
    stage.setScene(new Scene(new MainWindow(viewModel).root(), 1100, 500));
    stage.show();
  }

  /**
   * Clicks the shown node with this text. Menus leave detached copies of their labels behind, which
   * a plain lookup by text may find first.
   */
  private static void clickText(FxRobot robot, String text) {
    Node node =
        robot.lookup(text).queryAll().stream()
            .filter(n -> n.getScene() != null && n.isVisible())
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing shown reads " + text));
    robot.clickOn(node);
  }

  /** Fires a menu item found by its path of texts, as the keyboard or a click would. */
  private static void fireMenuItem(FxRobot robot, String... path) {
    MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
    List<MenuItem> items = List.copyOf(bar.getMenus());
    MenuItem found = null;
    for (String text : path) {
      found = items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
      items = found instanceof Menu menu ? List.copyOf(menu.getItems()) : List.of();
    }
    robot.interact(found::fire);
  }

  @Test
  void fileOpenSample_byMouse_replacesThePortfolio(FxRobot robot) {
    clickText(robot, "File");
    clickText(robot, "Open sample");
    clickText(robot, "stocks-two-accounts.json");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#drift-table").queryTableView().getItems()).hasSize(14);
    assertThat(robot.lookup("#status").queryAs(Label.class).getText())
        .startsWith("Opened stocks-two-accounts.json: 8 positions, 8 band(s) breached");
    assertThat(viewModel.titleProperty().get()).isEqualTo("stocks-two-accounts.json - Keel");
  }

  @Test
  void derivativesSample_saysTheDerivativesAreOutsideTheAllocation(FxRobot robot) {
    fireMenuItem(robot, "File", "Open sample", "derivatives-book.json");

    assertThat(robot.lookup("#status").queryAs(Label.class).getText())
        .contains("8 positions (5 derivatives, not in the allocation)");
  }

  @Test
  void everySampleInTheMenu_opens(FxRobot robot) {
    for (String sample : MainWindow.SAMPLES) {
      fireMenuItem(robot, "File", "Open sample", sample);

      assertThat(viewModel.titleProperty().get()).isEqualTo(sample + " - Keel");
      assertThat(viewModel.problems()).isEmpty();
    }
  }
}
