package dev.keel.archprobe.ui;

import atlantafx.base.theme.PrimerLight;
import dev.keel.archprobe.io.BookFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Legal: a view names files ({@code Path}, the {@code File} a chooser returns) and asks io about
 * them; it reads the time from its clock and measures with {@code nanoTime}.
 */
public final class Window {
  private static final Logger LOG = LoggerFactory.getLogger(Window.class);

  private final Clock clock;
  private final Label status = new Label("", new FontIcon());

  public Window(Clock clock) {
    this.clock = clock;
  }

  public void show(String[] args) {
    long started = System.nanoTime();
    String theme = new PrimerLight().getUserAgentStylesheet();
    File chosen = new FileChooser().showOpenDialog(null);
    Path file = chosen == null ? Paths.get(args[0]) : chosen.toPath();
    File parent = new File(file.toString()).getParentFile();
    String name = chosen == null ? file.getFileName().toString() : chosen.getName();
    if (BookFiles.isFile(file.resolve(name))) {
      try {
        status.setText(BookFiles.read(file) + parent + theme);
      } catch (IOException e) {
        LOG.warn("cannot open {}", file, e);
      }
    }
    Instant asOf = clock.instant();
    LOG.info("shown at {} in {} ns", asOf, System.nanoTime() - started);
  }
}
