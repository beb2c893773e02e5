package dev.keel.io.prefs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keel.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remembered state of the desktop window: where it was, the recently opened portfolio files,
 * the theme, the last rebalance settings and the folder of the last export, kept in a small JSON
 * file between sessions.
 *
 * <p>Losing these preferences costs the user a few clicks, so reading never fails: a missing,
 * unreadable or malformed file gives {@link #defaults()}, and a bad field falls back to its own
 * default while the others are kept.
 *
 * @param window the window's last position and size, or null when it was never saved
 * @param recentFiles absolute paths, most recent first, at most {@value #MAX_RECENT_FILES}, no
 *     duplicates
 * @param lastFile the path of the portfolio open at the end of the last session, or null
 * @param theme {@value #LIGHT} or {@value #DARK}; anything else is taken as {@value #LIGHT}
 * @param rebalanceSettings the last rebalance settings as text, key to value, in the order given;
 *     their meaning belongs to the UI, not to this class
 * @param bookSettings the settings each recent book was left with, by its file; a file written
 *     before they were kept has none
 * @param lastExportFolder the absolute path of the folder the last export was written in, or null
 * @param workspace how the window's views were arranged, as text, key to value, in the order given;
 *     like the rebalance settings, their meaning belongs to the UI
 */
public record WorkstationPrefs(
    WindowBounds window,
    List<String> recentFiles,
    String lastFile,
    String theme,
    Map<String, String> rebalanceSettings,
    BookSettingsByFile bookSettings,
    String lastExportFolder,
    Map<String, String> workspace) {

  /** The light theme, the default. */
  public static final String LIGHT = "light";

  /** The dark theme. */
  public static final String DARK = "dark";

  /** How many recent files are remembered. */
  public static final int MAX_RECENT_FILES = 10;

  /**
   * The smallest width and height restored from the file; a smaller window (say, from a screen that
   * is gone) would be hard to find and resize, so it is forgotten instead.
   */
  public static final double MIN_WINDOW_SIZE = 200;

  /** The version of the file format written by {@link #save(Path)}. */
  public static final int VERSION = 1;

  /** The system property that names another preferences file, for tests and portable setups. */
  public static final String FILE_PROPERTY = "keel.prefs";

  private static final Logger LOG = LoggerFactory.getLogger(WorkstationPrefs.class);

  /**
   * Normalizes the fields: a null theme or list is replaced by its default, duplicate recent files
   * are collapsed (the first one wins) and the list is cut to {@value #MAX_RECENT_FILES}.
   *
   * @throws NullPointerException when a recent file, a settings key or a settings value is null
   */
  public WorkstationPrefs {
    recentFiles = recentFiles == null ? List.of() : recent(recentFiles);
    theme = DARK.equals(theme) ? DARK : LIGHT;
    rebalanceSettings = rebalanceSettings == null ? Map.of() : ordered(rebalanceSettings);
    bookSettings = bookSettings == null ? BookSettingsByFile.NONE : bookSettings;
    workspace = workspace == null ? Map.of() : ordered(workspace);
  }

  /**
   * The position and size of the main window, in screen coordinates.
   *
   * @param maximized whether the window was maximized; the bounds are then those to restore to
   */
  public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    /** Whether these bounds are worth restoring: finite, and at least the minimum size. */
    boolean usable() {
      return Double.isFinite(x)
          && Double.isFinite(y)
          && Double.isFinite(width)
          && Double.isFinite(height)
          && width >= MIN_WINDOW_SIZE
          && height >= MIN_WINDOW_SIZE;
    }
  }

  /** The preferences of a first start: no window, no files, the light theme, no settings. */
  public static WorkstationPrefs defaults() {
    return new WorkstationPrefs(
        null, List.of(), null, LIGHT, Map.of(), BookSettingsByFile.NONE, null, Map.of());
  }

  /**
   * A copy with {@code file} first among the recent files. The path is made absolute and
   * normalized, so that the same file reached by two paths is listed once; an older entry for it is
   * removed, and the oldest entry drops off beyond {@value #MAX_RECENT_FILES}.
   */
  public WorkstationPrefs withRecentFile(Path file) {
    List<String> files = new ArrayList<>(recentFiles.size() + 1);
    files.add(key(file));
    files.addAll(recentFiles);
    return copy(c -> c.recentFiles = files);
  }

  /** A copy without {@code file} among the recent files (say, because it no longer exists). */
  public WorkstationPrefs withoutRecentFile(Path file) {
    List<String> files = new ArrayList<>(recentFiles);
    files.remove(key(file));
    return copy(c -> c.recentFiles = files);
  }

  /** A copy with the given window bounds; null forgets them. */
  public WorkstationPrefs withWindow(WindowBounds bounds) {
    return copy(c -> c.window = bounds);
  }

  /** A copy with the given theme; anything but {@value #DARK} means {@value #LIGHT}. */
  public WorkstationPrefs withTheme(String newTheme) {
    return copy(c -> c.theme = newTheme);
  }

  /** A copy with the given rebalance settings, kept in their iteration order; null means none. */
  public WorkstationPrefs withRebalanceSettings(Map<String, String> settings) {
    return copy(c -> c.rebalanceSettings = settings);
  }

  /** A copy with the given arrangement of the window's views, in its order; null means none. */
  public WorkstationPrefs withWorkspace(Map<String, String> arrangement) {
    return copy(c -> c.workspace = arrangement);
  }

  /** A copy with {@code settings} remembered, first, for the book in {@code file}. */
  public WorkstationPrefs withBookSettings(Path file, Map<String, String> settings) {
    return copy(c -> c.bookSettings = bookSettings.with(file, settings));
  }

  /** A copy with the given last open file, made absolute and normalized; null means none. */
  public WorkstationPrefs withLastFile(Path file) {
    return copy(c -> c.lastFile = file == null ? null : key(file));
  }

  /**
   * A copy with the folder the last export was written in, made absolute and normalized; null means
   * none.
   */
  public WorkstationPrefs withLastExportFolder(Path folder) {
    return copy(c -> c.lastExportFolder = folder == null ? null : key(folder));
  }

  /** The fields of a copy being made: the one place a copy lists them all. */
  private static final class Copy {
    WindowBounds window;
    List<String> recentFiles;
    String lastFile;
    String theme;
    Map<String, String> rebalanceSettings;
    BookSettingsByFile bookSettings;
    String lastExportFolder;
    Map<String, String> workspace;
  }

  /** A copy of these preferences with what {@code change} sets changed. */
  private WorkstationPrefs copy(Consumer<Copy> change) {
    Copy c = new Copy();
    c.window = window;
    c.recentFiles = recentFiles;
    c.lastFile = lastFile;
    c.theme = theme;
    c.rebalanceSettings = rebalanceSettings;
    c.bookSettings = bookSettings;
    c.lastExportFolder = lastExportFolder;
    c.workspace = workspace;
    change.accept(c);
    return new WorkstationPrefs(
        c.window,
        c.recentFiles,
        c.lastFile,
        c.theme,
        c.rebalanceSettings,
        c.bookSettings,
        c.lastExportFolder,
        c.workspace);
  }

  /**
   * The preferences file: the path in the system property {@value #FILE_PROPERTY} when it is set,
   * else {@code workstation.json} in Keel's data folder, the one the log goes to ({@code
   * -Dkeel.home}, else {@code $KEEL_HOME}, else {@code ~/.keel}).
   */
  public static Path defaultFile() {
    String override = System.getProperty(FILE_PROPERTY);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String home = System.getProperty("keel.home");
    if (home == null || home.isBlank()) {
      home = System.getenv("KEEL_HOME");
    }
    if (home == null || home.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".keel", "workstation.json");
    }
    return Path.of(home, "workstation.json");
  }

  /**
   * Reads the preferences in {@code file}. Never fails: a missing file gives {@link #defaults()}
   * silently, an unreadable or malformed one gives them with a logged warning, and a missing or
   * invalid field takes its default. Unknown fields are ignored, so that an older Keel can read the
   * file of a newer one. The file itself is never changed.
   */
  public static WorkstationPrefs load(Path file) {
    if (!Files.exists(file)) {
      return defaults();
    }
    JsonNode root;
    try {
      root = PrefsJson.JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return defaults(); // deleted between the check and the read
    } catch (IOException e) {
      LOG.warn("Cannot read preferences {}: {}; using defaults", file, oneLine(e));
      return defaults();
    }
    if (root == null || !root.isObject()) {
      LOG.warn("Preferences {} do not hold a JSON object; using defaults", file);
      return defaults();
    }
    return PrefsJson.read(root);
  }

  /**
   * Writes these preferences to {@code file} as indented JSON with a {@code version} field,
   * creating missing parent directories. The write is atomic, so a crash leaves either the old file
   * or the new one, never a half-written file that would lose every preference.
   *
   * @throws IOException when the directory cannot be created or the file cannot be written; the old
   *     file is then unchanged
   */
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    AtomicFiles.write(file, PrefsJson.write(this).getBytes(StandardCharsets.UTF_8), true);
  }

  private static List<String> recent(List<String> files) {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String file : files) {
      unique.add(Objects.requireNonNull(file, "recent file"));
      if (unique.size() == MAX_RECENT_FILES) {
        break;
      }
    }
    return List.copyOf(unique);
  }

  /** An unmodifiable copy that keeps the iteration order (which {@code Map.copyOf} does not). */
  static Map<String, String> ordered(Map<String, String> settings) {
    Map<String, String> copy = new LinkedHashMap<>();
    settings.forEach(
        (key, value) ->
            copy.put(
                Objects.requireNonNull(key, "settings key"),
                Objects.requireNonNull(value, "settings value")));
    return Collections.unmodifiableMap(copy);
  }

  static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  private static String oneLine(IOException e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
