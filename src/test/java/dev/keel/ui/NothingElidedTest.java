package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.SyntheticBook;
import dev.keel.io.PortfolioFiles;
import dev.keel.ui.common.BackgroundTaskRunner;
import dev.keel.ui.workspace.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every figure the window shows is shown whole: at 1600x1000 and at 1280x800, on each sample and on
 * the 10,000-position book, no cell of the holdings, the derivatives, the exposure or the trades is
 * cut to "…" (a cell's drawn text is the cell's text), except the names and reasons that give way.
 */
@ExtendWith(ApplicationExtension.class)
class NothingElidedTest {
  /** The columns that give way when the window is narrow, their whole text in a tooltip. */
  private static final List<String> GIVE_WAY =
      List.of("Holding", "Symbol", "Reason", "Expiry warning", "Method", "Expiring");

  @TempDir static Path folder;

  private WorkstationViewModel viewModel;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    viewModel =
        new WorkstationViewModel(
            new BackgroundTaskRunner(),
            new WindowPrompts(() -> stage),
            Files.createTempDirectory(folder, "run").resolve("prefs.json"));
    TestWindows.show(stage, viewModel, 1600, 1000);
  }

  private void open(FxRobot robot, Path file) throws TimeoutException {
    robot.interact(() -> viewModel.document().open(file));
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            file.equals(viewModel.document().fileProperty().get())
                && viewModel.proposal().reviewProperty().get() != null
                && !viewModel.proposal().staleProperty().get()
                && !viewModel.holdings().staleProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void waitForExposure() {
    try {
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () ->
              viewModel.exposure().exposureProperty().get() != null
                  && !viewModel.exposure().staleProperty().get());
    } catch (TimeoutException e) {
      throw new AssertionError("the exposure did not arrive", e);
    }
  }

  private void waitForStress() {
    try {
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () -> viewModel.stress().before() != null && !viewModel.stress().staleProperty().get());
    } catch (TimeoutException e) {
      throw new AssertionError("the stress did not arrive", e);
    }
  }

  /** The cells whose drawn text is not their text, as "column: text". */
  private List<String> cutCells(FxRobot robot) {
    List<String> cut = new ArrayList<>();
    for (ViewId view :
        List.of(
            ViewId.ALLOCATION,
            ViewId.DERIVATIVES,
            ViewId.EXPOSURE,
            ViewId.PROPOSAL,
            ViewId.STRESS)) {
      robot.interact(() -> viewModel.workspace().bringForward(view));
      if (view == ViewId.EXPOSURE) { // worked out once in front
        waitForExposure();
      }
      if (view == ViewId.STRESS) { // likewise
        waitForStress();
      }
      WaitForAsyncUtils.waitForFxEvents();
      for (Node node : robot.lookup(".indexed-cell").queryAll()) {
        if (node instanceof IndexedCell<?> cell
            && shown(cell)
            && cell.getScene() != null
            && !(cell.getStyleClass().contains("table-row-cell")
                || cell.getStyleClass().contains("tree-table-row-cell"))) {
          String column = columnOf(cell);
          String text = cell.getText();
          Node drawn = cell.lookup(".text");
          if (text != null
              && !text.isEmpty()
              && !GIVE_WAY.contains(column)
              && drawn instanceof Text shown
              && !text.equals(shown.getText())) {
            cut.add(column + ": " + text + " drawn as " + shown.getText());
          }
        }
      }
    }
    return cut;
  }

  /** Whether a node and every parent of it are visible: a hidden control draws nothing. */
  private static boolean shown(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static String columnOf(IndexedCell<?> cell) {
    if (cell instanceof javafx.scene.control.TableCell<?, ?> table
        && table.getTableColumn() != null) {
      return title(table.getTableColumn().getText(), table.getTableColumn().getGraphic());
    }
    if (cell instanceof javafx.scene.control.TreeTableCell<?, ?> tree
        && tree.getTableColumn() != null) {
      return title(tree.getTableColumn().getText(), tree.getTableColumn().getGraphic());
    }
    return "";
  }

  private static String title(String text, Node graphic) {
    return text != null ? text : graphic instanceof Labeled label ? label.getText() : "";
  }

  private void resize(FxRobot robot, double width, double height) {
    robot.interact(
        () -> {
          stage.setWidth(width);
          stage.setHeight(height);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theSamples_showEveryFigureWhole_at1600x1000_andAt1280x800(FxRobot robot)
      throws TimeoutException {
    for (Path sample :
        List.of(
            TestPortfolios.CRYPTO,
            TestPortfolios.STOCKS,
            TestPortfolios.DERIVATIVES,
            TestPortfolios.CRYPTO_DERIVATIVES)) {
      open(robot, sample);
      resize(robot, 1600, 1000);
      assertThat(cutCells(robot)).as(sample + " at 1600x1000").isEmpty();
      resize(robot, 1280, 800);
      assertThat(cutCells(robot)).as(sample + " at 1280x800").isEmpty();
    }
  }

  @Test
  void theBigBook_showsEveryFigureWhole(FxRobot robot) throws Exception {
    Path book = Files.createTempDirectory(folder, "big").resolve("book-10000.json");
    PortfolioFiles.write(book, SyntheticBook.generate(10_000, 20, 42), true);
    open(robot, book);
    resize(robot, 1600, 1000);

    assertThat(viewModel.proposal().rows()).hasSizeGreaterThan(10_000);
    assertThat(cutCells(robot)).isEmpty();
  }

  @Test
  void aLongProposalMessage_givesWay_notTheButtons(FxRobot robot) throws TimeoutException {
    open(robot, TestPortfolios.STOCKS);
    resize(robot, 1280, 800);
    var mo =
        viewModel.holdings().reportProperty().get().rows().stream()
            .filter(r -> r.key().equals("MO"))
            .findFirst()
            .orElseThrow();
    // a trade no longer proposed is named in the message: long enough to crowd the buttons
    robot.interact(
        () -> viewModel.holdings().edits().editRestriction(mo, dev.keel.model.Restriction.NO_SELL));
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            !viewModel.proposal().staleProperty().get()
                && viewModel.proposal().messageProperty().get().contains("no longer proposed"));
    WaitForAsyncUtils.waitForFxEvents();

    for (String button : List.of("#approve-all", "#reject-all")) {
      Labeled labeled = robot.lookup(button).queryAs(Labeled.class);
      Text drawn = (Text) labeled.lookup(".text");
      assertThat(drawn.getText()).as(button).isEqualTo(labeled.getText());
    }
  }
}
