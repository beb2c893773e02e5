package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.SyntheticBook;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.prefs.WorkstationPrefs;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.export.ExportDialog;
import dev.keel.ui.export.ExportViewModel;
import dev.keel.ui.workspace.ViewId;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders every view of the workspace to PNG at 1600x1000 without a display, in the light and the
 * dark theme, on the samples and on the 10,000-position book. The README's pictures come from
 * {@code mvn test -Dtest=ScreenshotTest -Dkeel.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 1000;
  private static final Clock CLOCK = TestWindows.CLOCK;

  @TempDir static Path folder;

  private WorkstationViewModel viewModel;
  private Scene scene;
  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    viewModel =
        new WorkstationViewModel(
            new ImmediateTaskRunner(),
            new FakePrompts(),
            Files.createTempDirectory(folder, "prefs").resolve("prefs.json"));
    window = TestWindows.show(stage, viewModel, WIDTH, HEIGHT);
    scene = stage.getScene();
  }

  private void render(FxRobot robot, Runnable open, String name, String theme) throws Exception {
    robot.interact(() -> viewModel.themeProperty().set(theme));
    robot.interact(open);
    Path png = Screenshots.write(scene, name);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
  }

  /** Renders the window as {@code open} leaves it in the light theme, then in the dark one. */
  private void renderBoth(FxRobot robot, Runnable open, String name) throws Exception {
    render(robot, open, name + ".png", WorkstationPrefs.LIGHT);
    render(robot, () -> {}, name + "-dark.png", WorkstationPrefs.DARK);
  }

  @Test
  void workstation_crypto(FxRobot robot) throws Exception {
    renderBoth(robot, () -> viewModel.document().open(TestPortfolios.CRYPTO), "workstation-crypto");
  }

  @Test
  void workstation_stocks_reviewed(FxRobot robot) throws Exception {
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.STOCKS);
          viewModel.proposal().approveAll();
          viewModel.proposal().setApproved("T2", false);
        },
        "workstation-stocks");
  }

  @Test
  void workstation_derivatives(FxRobot robot) throws Exception {
    renderBoth(
        robot,
        () -> viewModel.document().open(TestPortfolios.DERIVATIVES),
        "workstation-derivatives");
  }

  @Test
  void workstation_accountWeights(FxRobot robot) throws Exception {
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.DERIVATIVES);
          viewModel.holdings().accountProperty().set("ibkr-margin");
        },
        "workstation-account-weights");
  }

  @Test
  void workstation_viewsToCome(FxRobot robot) throws Exception {
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.DERIVATIVES);
          viewModel.workspace().bringForward(ViewId.RISK);
        },
        "workstation-views-to-come");
  }

  @Test
  void workstation_margin(FxRobot robot) throws Exception {
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.MARGIN_BINANCE);
          viewModel.workspace().bringForward(ViewId.MARGIN);
        },
        "workstation-margin");
  }

  @Test
  void workstation_stress(FxRobot robot) throws Exception {
    // as a trader leaves it: the proposal approved, a scenario of their own, the stress enlarged
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.MARGIN_BINANCE);
          viewModel.proposal().approveAll();
          viewModel.stress().scenarioTextProperty().set("BTC=-30%,ETH=-40%,vol=+20,days=1");
          viewModel.stress().applyScenario();
          viewModel.workspace().bringForward(ViewId.STRESS);
          viewModel.workspace().divider(0.25);
        },
        "workstation-stress");
    assertThat(viewModel.stress().afterShownProperty().get()).isTrue();
    assertThat(viewModel.stress().scenarios()).hasSize(25);
  }

  @Test
  void workstation_exposure(FxRobot robot) throws Exception {
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.CRYPTO_DERIVATIVES);
          viewModel.workspace().bringForward(ViewId.EXPOSURE);
        },
        "workstation-exposure");
    assertThat(window.workspaceTab(ViewId.EXPOSURE).getText())
        .isEqualTo("Exposure (3 underlyings)");
  }

  @Test
  void workstation_exposureEnlarged(FxRobot robot) throws Exception {
    // as a trader leaves it: the exposure in front, its area given most of the height
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.CRYPTO_DERIVATIVES);
          viewModel.workspace().bringForward(ViewId.EXPOSURE);
          viewModel.workspace().divider(0.8);
        },
        "workstation-exposure-enlarged");
  }

  @Test
  void workstation_exposureSmall(FxRobot robot) throws Exception {
    WorkstationViewModel small =
        new WorkstationViewModel(
            new ImmediateTaskRunner(),
            new FakePrompts(),
            Files.createTempDirectory(folder, "prefs").resolve("prefs.json"));
    Scene[] shown = new Scene[1];
    robot.interact(
        () -> {
          shown[0] = new Scene(new MainWindow(small, CLOCK).root(), 1280, 800);
          shown[0].getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
          stage.setScene(shown[0]);
          small.themeProperty().set(WorkstationPrefs.LIGHT);
          small.document().open(TestPortfolios.DERIVATIVES);
          small.workspace().bringForward(ViewId.EXPOSURE);
          small.workspace().divider(0.8);
        });
    Path png = Screenshots.write(shown[0], "workstation-exposure-1280.png");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1280);
  }

  @Test
  void workstation_bigBook(FxRobot robot) throws Exception {
    Path book = Files.createTempDirectory(folder, "big").resolve("book-10000.json");
    PortfolioFiles.write(book, SyntheticBook.generate(10_000, 20, 42), true);
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(book);
          // the charts of a class of hundreds of lines: its 12 largest drifts and the others
          var table = window.holdingsTable();
          table.getSelectionModel().select(1);
        },
        "workstation-10000");
    assertThat(viewModel.proposal().rows()).hasSizeGreaterThan(10_000);
  }

  @Test
  void openErrors(FxRobot robot) throws Exception {
    render(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.DERIVATIVES);
          viewModel.document().open(TestPortfolios.SAMPLES.resolve("bad/unknown-field.json"));
        },
        "open-errors.png",
        WorkstationPrefs.LIGHT);
  }

  @Test
  void workstation_derivativesList(FxRobot robot) throws Exception {
    renderBoth(
        robot,
        () -> {
          viewModel.document().open(TestPortfolios.DERIVATIVES);
          // a month's warning: the December contracts, 28 days from the book's as-of date, show it
          viewModel.holdings().expiryWarningDaysProperty().set(30);
          viewModel.workspace().bringForward(ViewId.DERIVATIVES);
        },
        "workstation-derivatives-list");
    assertThat(window.workspaceTab(ViewId.DERIVATIVES).getText())
        .isEqualTo("Derivatives (5, 4 expire within 30 days)");
  }

  @Test
  void workstation_recomputing(FxRobot robot) throws Exception {
    ManualTaskRunner runner = new ManualTaskRunner();
    WorkstationViewModel slow =
        new WorkstationViewModel(
            runner,
            new FakePrompts(),
            Files.createTempDirectory(folder, "prefs").resolve("prefs.json"));
    Scene[] shown = new Scene[1];
    robot.interact(
        () -> {
          shown[0] = new Scene(new MainWindow(slow, CLOCK).root(), WIDTH, HEIGHT);
          shown[0].getStylesheets().add(KeelApp.class.getResource("keel.css").toExternalForm());
          stage.setScene(shown[0]);
          slow.themeProperty().set(WorkstationPrefs.LIGHT);
          slow.document().open(TestPortfolios.STOCKS);
          runner.runAll();
          // an edit whose drift and proposal are still being worked out: both shown stale
          var spy = slow.holdings().reportProperty().get().rows().get(2);
          slow.holdings().edits().editBand(spy, "2");
        });
    assertThat(slow.holdings().staleProperty().get()).isTrue();
    assertThat(slow.proposal().staleProperty().get()).isTrue();
    Path png = Screenshots.write(shown[0], "workstation-recomputing.png");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(WIDTH);
  }

  @Test
  void exportDialog(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.themeProperty().set(WorkstationPrefs.LIGHT));
    robot.interact(
        () -> {
          viewModel.document().open(TestPortfolios.CRYPTO_DERIVATIVES);
          viewModel.proposal().approveAll();
        });
    ExportViewModel export =
        new ExportViewModel(
            viewModel.runner(),
            viewModel.proposal().reviewProperty().get(),
            viewModel.document().exportSource(),
            // a folder that is there, named as a reader's might be (the dialog wants a whole path)
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "orders"))
                .resolve("crypto-derivatives.orders.csv"),
            CLOCK);
    ExportDialog[] dialog = new ExportDialog[1];
    robot.interact(
        () -> {
          dialog[0] = new ExportDialog(export, stage);
          dialog[0].dialog().show();
        });
    Path png =
        Screenshots.write(dialog[0].dialog().getDialogPane().getScene(), "export-dialog.png");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(400);
    robot.interact(() -> dialog[0].dialog().close());
  }
}
