package dev.keel.io.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.io.prefs.WorkstationPrefs.WindowBounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class WorkstationPrefsTest {
  private static final WindowBounds BOUNDS = new WindowBounds(10.5, 20, 1024, 768, true);

  @TempDir Path dir;

  private static Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("mode", "full");
    settings.put("cashBuffer", "0.02");
    settings.put("allowSells", "true");
    return settings;
  }

  private WorkstationPrefs full() {
    return WorkstationPrefs.defaults()
        .withWindow(BOUNDS)
        .withRecentFile(dir.resolve("b.json"))
        .withRecentFile(dir.resolve("a.json"))
        .withLastFile(dir.resolve("a.json"))
        .withTheme(WorkstationPrefs.DARK)
        .withRebalanceSettings(settings())
        .withLastExportFolder(dir.resolve("orders"))
        .withWorkspace(workspace());
  }

  private static Map<String, String> workspace() {
    Map<String, String> arrangement = new LinkedHashMap<>();
    arrangement.put("upper", "allocation,risk");
    arrangement.put("divider", "0.4");
    return arrangement;
  }

  @Test
  void save_thenLoad_givesEqualPrefs() throws IOException {
    Path file = dir.resolve("workstation.json");
    WorkstationPrefs prefs = full();

    prefs.save(file);
    WorkstationPrefs loaded = WorkstationPrefs.load(file);

    assertThat(loaded).isEqualTo(prefs).isNotEqualTo(WorkstationPrefs.defaults());
    assertThat(loaded.rebalanceSettings().keySet())
        .containsExactly("mode", "cashBuffer", "allowSells");
    assertThat(loaded.workspace().keySet()).containsExactly("upper", "divider");
    assertThat(loaded.lastExportFolder()).isEqualTo(dir.resolve("orders").toString());
  }

  @Test
  void withLastExportFolder_isStoredAbsoluteAndNormalized_andNullForgetsIt() {
    WorkstationPrefs prefs =
        WorkstationPrefs.defaults()
            .withLastExportFolder(dir.resolve("sub").resolve("..").resolve("orders"));

    assertThat(prefs.lastExportFolder()).isEqualTo(dir.resolve("orders").toString());
    assertThat(WorkstationPrefs.defaults().withLastExportFolder(Path.of("rel")).lastExportFolder())
        .isEqualTo(Path.of("rel").toAbsolutePath().toString());
    assertThat(prefs.withLastExportFolder(null)).isEqualTo(WorkstationPrefs.defaults());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"42", "\"\"", "\"  \"", "\"orders/2026\"", "[\"/p/orders\"]", "\"/p/a\\u0000b\""})
  void load_badLastExportFolder_isNone_andTheRestKept(String value) throws IOException {
    Path file = dir.resolve("workstation.json");
    Files.writeString(file, "{\"theme\": \"dark\", \"lastExportFolder\": " + value + "}");

    WorkstationPrefs loaded = WorkstationPrefs.load(file);

    assertThat(loaded.lastExportFolder()).isNull();
    assertThat(loaded.theme()).isEqualTo("dark");
  }

  @Test
  void save_withoutAnExportFolder_writesNoKey() throws IOException {
    Path file = dir.resolve("workstation.json");

    WorkstationPrefs.defaults().save(file);

    assertThat(new ObjectMapper().readTree(file.toFile()).has("lastExportFolder")).isFalse();
    assertThat(WorkstationPrefs.load(file).lastExportFolder()).isNull();
  }

  @Test
  void save_missingParentDirectories_createsThem() throws IOException {
    Path file = dir.resolve("home").resolve(".keel").resolve("workstation.json");

    full().save(file);

    assertThat(WorkstationPrefs.load(file)).isEqualTo(full());
  }

  @Test
  void save_writesIndentedJsonWithVersion() throws IOException {
    Path file = dir.resolve("workstation.json");

    full().save(file);

    String text = Files.readString(file);
    JsonNode root = new ObjectMapper().readTree(text);
    assertThat(root.path("version").asInt()).isEqualTo(WorkstationPrefs.VERSION);
    assertThat(root.path("theme").asText()).isEqualTo("dark");
    assertThat(text).contains("\"version\" : 1").contains("\n  \"theme\"");
  }

  @Test
  void load_missingFile_givesDefaults() {
    WorkstationPrefs loaded = WorkstationPrefs.load(dir.resolve("absent.json"));

    assertThat(loaded).isEqualTo(WorkstationPrefs.defaults());
    assertThat(loaded.window()).isNull();
    assertThat(loaded.recentFiles()).isEmpty();
    assertThat(loaded.theme()).isEqualTo("light");
    assertThat(loaded.rebalanceSettings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"theme\": \"dark\"", "not json", "", "[1, 2]", "\"dark\""})
  void load_malformedJson_givesDefaultsWarnsAndLeavesTheFile(String content) throws IOException {
    Path file = dir.resolve("workstation.json");
    Files.writeString(file, content);
    Logger logger = (Logger) LoggerFactory.getLogger(WorkstationPrefs.class);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    WorkstationPrefs loaded;
    try {
      loaded = WorkstationPrefs.load(file);
    } finally {
      logger.detachAppender(log);
    }

    assertThat(loaded).isEqualTo(WorkstationPrefs.defaults());
    assertThat(file).hasContent(content);
    assertThat(log.list)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.WARN);
              assertThat(event.getFormattedMessage()).contains(file.toString()).contains("default");
            });
  }

  @Test
  void load_unknownFields_areIgnored() throws IOException {
    Path file = dir.resolve("workstation.json");
    Files.writeString(
        file,
        """
        {"version": 7, "theme": "dark", "toolbar": {"visible": false}, "zoom": 1.5,
         "recentFiles": ["/p/one.json"]}
        """);

    WorkstationPrefs loaded = WorkstationPrefs.load(file);

    assertThat(loaded.theme()).isEqualTo("dark");
    assertThat(loaded.recentFiles()).containsExactly("/p/one.json");
  }

  @Test
  void load_invalidFields_fallBackOneByOne() throws IOException {
    Path file = dir.resolve("workstation.json");
    Files.writeString(
        file,
        """
        {"theme": 42, "lastFile": ["x"], "recentFiles": ["/p/one.json", 3, null, "/p/two.json"],
         "window": {"x": "left", "y": 0, "width": 800, "height": 600},
         "rebalanceSettings": {"mode": "full", "bands": {"nested": true}},
         "workspace": {"upper": "risk", "lower": 7}}
        """);

    WorkstationPrefs loaded = WorkstationPrefs.load(file);

    assertThat(loaded.theme()).isEqualTo("light");
    assertThat(loaded.lastFile()).isNull();
    assertThat(loaded.window()).isNull();
    assertThat(loaded.recentFiles()).containsExactly("/p/one.json", "/p/two.json");
    assertThat(loaded.rebalanceSettings()).containsExactly(Map.entry("mode", "full"));
    assertThat(loaded.workspace()).containsExactly(Map.entry("upper", "risk"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"width\": 199, \"height\": 600",
        "\"width\": 800, \"height\": 150",
        "\"width\": \"NaN\", \"height\": 600",
        "\"width\": 800"
      })
  void load_unusableWindow_isDroppedAndTheRestKept(String size) throws IOException {
    Path file = dir.resolve("workstation.json");
    Files.writeString(
        file, "{\"theme\": \"dark\", \"window\": {\"x\": 0, \"y\": 0, " + size + "}}");

    WorkstationPrefs loaded = WorkstationPrefs.load(file);

    assertThat(loaded.window()).isNull();
    assertThat(loaded.theme()).isEqualTo("dark");
  }

  @Test
  void load_windowOfMinimumSize_isKept() throws IOException {
    Path file = dir.resolve("workstation.json");
    Files.writeString(file, "{\"window\": {\"x\": -5, \"y\": 0, \"width\": 200, \"height\": 200}}");

    assertThat(WorkstationPrefs.load(file).window())
        .isEqualTo(new WindowBounds(-5, 0, 200, 200, false));
  }

  @Test
  void withRecentFile_putsTheMostRecentFirst() {
    WorkstationPrefs prefs =
        WorkstationPrefs.defaults()
            .withRecentFile(dir.resolve("old.json"))
            .withRecentFile(dir.resolve("new.json"));

    assertThat(prefs.recentFiles())
        .containsExactly(
            dir.resolve("new.json").toAbsolutePath().toString(),
            dir.resolve("old.json").toAbsolutePath().toString());
  }

  @Test
  void withRecentFile_sameFileAgain_movesItFirstOnce() {
    WorkstationPrefs prefs =
        WorkstationPrefs.defaults()
            .withRecentFile(dir.resolve("a.json"))
            .withRecentFile(dir.resolve("b.json"))
            .withRecentFile(dir.resolve("sub").resolve("..").resolve("a.json"));

    assertThat(prefs.recentFiles())
        .containsExactly(
            dir.resolve("a.json").toAbsolutePath().toString(),
            dir.resolve("b.json").toAbsolutePath().toString());
  }

  @Test
  void withRecentFile_relativePath_isStoredAbsolute() {
    WorkstationPrefs prefs = WorkstationPrefs.defaults().withRecentFile(Path.of("rel.json"));

    assertThat(prefs.recentFiles())
        .containsExactly(Path.of("rel.json").toAbsolutePath().toString())
        .allSatisfy(file -> assertThat(Path.of(file).isAbsolute()).isTrue());
  }

  @Test
  void withRecentFile_elevenFiles_keepsTheTenMostRecent() {
    WorkstationPrefs prefs = WorkstationPrefs.defaults();
    for (int i = 0; i < 11; i++) {
      prefs = prefs.withRecentFile(dir.resolve("f" + i + ".json"));
    }

    assertThat(prefs.recentFiles())
        .hasSize(WorkstationPrefs.MAX_RECENT_FILES)
        .startsWith(dir.resolve("f10.json").toString())
        .endsWith(dir.resolve("f1.json").toString())
        .doesNotContain(dir.resolve("f0.json").toString());
  }

  @Test
  void withoutRecentFile_removesOnlyThatFile() {
    WorkstationPrefs prefs =
        WorkstationPrefs.defaults()
            .withRecentFile(dir.resolve("a.json"))
            .withRecentFile(dir.resolve("b.json"))
            .withoutRecentFile(dir.resolve("a.json"));

    assertThat(prefs.recentFiles()).containsExactly(dir.resolve("b.json").toString());
  }

  @Test
  void constructor_duplicatesAndTooManyFiles_areCollapsedAndCut() {
    List<String> files = new ArrayList<>();
    IntStream.range(0, 12).forEach(i -> files.add("/p/" + i + ".json"));
    files.add(1, "/p/0.json");

    WorkstationPrefs prefs =
        new WorkstationPrefs(null, files, null, "light", Map.of(), null, null, null);

    assertThat(prefs.recentFiles())
        .hasSize(WorkstationPrefs.MAX_RECENT_FILES)
        .doesNotHaveDuplicates()
        .startsWith("/p/0.json", "/p/1.json");
  }

  @Test
  void constructor_copiesListAndMap() {
    List<String> files = new ArrayList<>(List.of("/p/a.json"));
    Map<String, String> settings = settings();

    WorkstationPrefs prefs =
        new WorkstationPrefs(null, files, null, "dark", settings, null, null, null);
    files.add("/p/b.json");
    settings.put("extra", "1");

    assertThat(prefs.recentFiles()).containsExactly("/p/a.json");
    assertThat(prefs.rebalanceSettings()).doesNotContainKey("extra").hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Dark", "blue"})
  void withTheme_unknownTheme_isLight(String theme) {
    assertThat(
            WorkstationPrefs.defaults().withTheme(WorkstationPrefs.DARK).withTheme(theme).theme())
        .isEqualTo("light");
  }

  @Test
  void constructor_nullThemeAndCollections_takeDefaults() {
    WorkstationPrefs prefs = new WorkstationPrefs(null, null, null, null, null, null, null, null);

    assertThat(prefs).isEqualTo(WorkstationPrefs.defaults());
    assertThat(prefs.rebalanceSettings()).isNotNull();
  }

  @Test
  void defaultFile_propertySet_usesIt() {
    String before = System.getProperty(WorkstationPrefs.FILE_PROPERTY);
    Path override = dir.resolve("elsewhere.json");
    try {
      System.clearProperty(WorkstationPrefs.FILE_PROPERTY);
      // the build runs tests with -Dkeel.home (target/keel-home), Keel's data folder
      assertThat(WorkstationPrefs.defaultFile())
          .isEqualTo(Path.of(System.getProperty("keel.home"), "workstation.json"));

      System.setProperty(WorkstationPrefs.FILE_PROPERTY, override.toString());
      assertThat(WorkstationPrefs.defaultFile()).isEqualTo(override);
    } finally {
      if (before == null) {
        System.clearProperty(WorkstationPrefs.FILE_PROPERTY);
      } else {
        System.setProperty(WorkstationPrefs.FILE_PROPERTY, before);
      }
    }
  }
}
