package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.DriftRow;
import dev.keel.engine.RowKind;
import dev.keel.engine.SyntheticBook;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.ReviewCarryOver;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.PortfolioFiles;
import dev.keel.ui.common.BackgroundTaskRunner;
import dev.keel.ui.proposal.TradeRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "done when", in the real window: on each sample and on the 10,000-position book a
 * trader approves trades (Approve all, then Space on two of them), edits one quantity, edits a band
 * so the proposal is worked out again, and undoes the edit; every decision and the edited quantity
 * are where they were, after the recompute for the trades that came back and after the undo for all
 * of them.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewSurvivesFlowTest {
  @TempDir static Path folder;

  private WorkstationViewModel viewModel;

  @Start
  void start(Stage stage) throws Exception {
    viewModel =
        new WorkstationViewModel(
            new BackgroundTaskRunner(),
            new WindowPrompts(() -> stage),
            Files.createTempDirectory(folder, "run").resolve("prefs.json"));
    TestWindows.show(stage, viewModel, 1600, 1000);
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Review review() {
    return viewModel.proposal().reviewProperty().get();
  }

  private void waitForProposal() throws TimeoutException {
    waitUntil(
        () ->
            review() != null
                && !viewModel.proposal().staleProperty().get()
                && !viewModel.proposal().computingProperty().get());
  }

  /**
   * Whether the proposal shown was worked out for {@code book}, and is not being worked out again.
   */
  private boolean proposedFor(dev.keel.model.Portfolio book) {
    return review() != null
        && review().proposal().portfolio().equals(book)
        && !viewModel.proposal().staleProperty().get()
        && !viewModel.proposal().computingProperty().get();
  }

  /** Each trade's decision and quantity, by what makes it the same trade across a recompute. */
  private static Map<ReviewCarryOver.Same, String> state(Review review) {
    Map<ReviewCarryOver.Same, String> state = new HashMap<>();
    for (Trade trade : review.trades()) {
      state.put(
          ReviewCarryOver.Same.of(trade),
          review.decision(trade.id())
              + " "
              + trade.quantity().stripTrailingZeros().toPlainString());
    }
    return state;
  }

  private void approveEditUndo(FxRobot robot, Path book) throws Exception {
    robot.interact(() -> viewModel.document().open(book));
    waitUntil(() -> book.equals(viewModel.document().fileProperty().get()));
    waitForProposal();
    assertThat(review().trades()).as(book + " proposes trades").isNotEmpty();

    robot.clickOn("#approve-all");
    TableView<?> trades = robot.lookup("#trades").queryAs(TableView.class);
    robot.interact(
        () -> {
          trades.getSelectionModel().clearSelection();
          trades.getSelectionModel().selectRange(0, Math.min(2, trades.getItems().size()));
          trades.requestFocus();
        });
    robot.type(KeyCode.SPACE); // the two selected trades go back from approved to pending
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(review().count(Review.Decision.APPROVED))
        .isEqualTo(review().trades().size() - Math.min(2, review().trades().size()));
    String edited = editOneQuantity();
    Map<ReviewCarryOver.Same, String> before = state(review());

    DriftRow firstClass =
        viewModel.holdings().rows().stream()
            .filter(row -> row.kind() == RowKind.ASSET_CLASS)
            .findFirst()
            .orElseThrow();
    dev.keel.model.Portfolio bookBefore = viewModel.document().portfolio();
    robot.interact(
        () -> assertThat(viewModel.holdings().edits().editBand(firstClass, "0.5")).isEmpty());
    waitUntil(
        () ->
            viewModel.document().portfolio() != bookBefore
                && proposedFor(viewModel.document().portfolio()));
    Map<ReviewCarryOver.Same, String> afterEdit = state(review());
    afterEdit.forEach(
        (same, decided) -> {
          if (before.containsKey(same) && !same.symbol().equals(edited)) {
            assertThat(decided.split(" ")[0])
                .as(book + ": " + same + " after the recompute")
                .isEqualTo(before.get(same).split(" ")[0]);
          }
        });

    robot.clickOn("#drift-table");
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitUntil(
        () ->
            viewModel.document().portfolio().equals(bookBefore)
                && proposedFor(viewModel.document().portfolio()));
    assertThat(state(review())).as(book + " after the undo").isEqualTo(before);
  }

  /** Halves the first trade's quantity that halves cleanly within its rules; its symbol. */
  private String editOneQuantity() {
    for (TradeRow row : List.copyOf(viewModel.proposal().rows())) {
      BigDecimal quantity = row.trade().quantity();
      BigDecimal half = quantity.divide(BigDecimal.valueOf(2), quantity.scale(), RoundingMode.DOWN);
      if (half.signum() > 0 && half.compareTo(quantity) < 0) {
        boolean[] taken = {false};
        WaitForAsyncUtils.waitForAsyncFx(
            10_000,
            () ->
                taken[0] =
                    viewModel
                        .proposal()
                        .changeQuantity(row.trade().id(), half.toPlainString())
                        .isEmpty());
        if (taken[0]) {
          return row.trade().symbol();
        }
      }
    }
    return "";
  }

  @Test
  void onEachSample_approvalsAndAnEditedQuantity_surviveAnEditAndItsUndo(FxRobot robot)
      throws Exception {
    for (Path sample : List.of(TestPortfolios.CRYPTO, TestPortfolios.STOCKS)) {
      Path copy = Files.createTempDirectory(folder, "book").resolve(sample.getFileName());
      Files.copy(sample, copy);
      approveEditUndo(robot, copy);
    }
    // the derivatives sample on value, where it proposes trades (on delta its cash holds them)
    approveEditUndo(
        robot, TestPortfolios.derivativesOnValueFile(Files.createTempDirectory(folder, "book")));
  }

  @Test
  void onTheBigBook_approvalsSurviveAnEditAndItsUndo(FxRobot robot) throws Exception {
    Path book = Files.createTempDirectory(folder, "big").resolve("book-10000.json");
    PortfolioFiles.write(book, SyntheticBook.generate(10_000, 20, 42), true);
    approveEditUndo(robot, book);
  }
}
