package dev.keel.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNG snapshots of scenes, rendered without a display. They go to {@code
 * target/screenshots}, or to the folder named by {@code -Dkeel.screenshots} (the README's pictures
 * are made with {@code -Dkeel.screenshots=docs/screenshots}).
 */
public final class Screenshots {
  private Screenshots() {}

  public static Path write(Scene scene, String name) throws IOException {
    Path folder = Path.of(System.getProperty("keel.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    // let the controls lay out what the last change gave them (a table rebuilds its rows then)
    WaitForAsyncUtils.waitForFxEvents();
    AtomicReference<WritableImage> image = new AtomicReference<>();
    WaitForAsyncUtils.asyncFx(() -> image.set(scene.snapshot(null)));
    WaitForAsyncUtils.waitForFxEvents();
    Path file = folder.resolve(name);
    ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile());
    return file;
  }
}
