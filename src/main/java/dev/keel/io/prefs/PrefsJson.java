package dev.keel.io.prefs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.io.prefs.WorkstationPrefs.WindowBounds;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the workstation's preferences file, field by field: written whole, read leniently (a
 * field that cannot be used takes its default and the others are kept).
 */
final class PrefsJson {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PrefsJson() {}

  /** The preferences a file's JSON object holds; a missing or invalid field takes its default. */
  static WorkstationPrefs read(JsonNode root) {
    return new WorkstationPrefs(
        window(root.get("window")),
        strings(root.get("recentFiles")),
        text(root.get("lastFile")),
        text(root.get("theme")),
        settings(root.get("rebalanceSettings")),
        BookSettingsByFile.read(root.get("bookSettings")),
        absolutePath(text(root.get("lastExportFolder"))),
        settings(root.get("workspace")));
  }

  /** The preferences as the indented JSON of the file, with its {@code version}. */
  static String write(WorkstationPrefs prefs) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", WorkstationPrefs.VERSION);
    if (prefs.window() != null) {
      ObjectNode bounds = root.putObject("window");
      bounds.put("x", prefs.window().x());
      bounds.put("y", prefs.window().y());
      bounds.put("width", prefs.window().width());
      bounds.put("height", prefs.window().height());
      bounds.put("maximized", prefs.window().maximized());
    }
    ArrayNode files = root.putArray("recentFiles");
    prefs.recentFiles().forEach(files::add);
    if (prefs.lastFile() != null) {
      root.put("lastFile", prefs.lastFile());
    }
    root.put("theme", prefs.theme());
    ObjectNode settings = root.putObject("rebalanceSettings");
    prefs.rebalanceSettings().forEach(settings::put);
    prefs.bookSettings().write(root.putArray("bookSettings"));
    if (prefs.lastExportFolder() != null) {
      root.put("lastExportFolder", prefs.lastExportFolder());
    }
    if (!prefs.workspace().isEmpty()) {
      ObjectNode arrangement = root.putObject("workspace");
      prefs.workspace().forEach(arrangement::put);
    }
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e); // a tree always serializes
    }
  }

  private static WindowBounds window(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode x = node.get("x");
    JsonNode y = node.get("y");
    JsonNode width = node.get("width");
    JsonNode height = node.get("height");
    if (!isNumber(x) || !isNumber(y) || !isNumber(width) || !isNumber(height)) {
      return null;
    }
    JsonNode maximized = node.get("maximized");
    WindowBounds bounds =
        new WindowBounds(
            x.asDouble(),
            y.asDouble(),
            width.asDouble(),
            height.asDouble(),
            maximized != null && maximized.isBoolean() && maximized.booleanValue());
    return bounds.usable() ? bounds : null;
  }

  private static boolean isNumber(JsonNode node) {
    return node != null && node.isNumber();
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  /**
   * The text if it is an absolute path on this system, else null: a folder typed by hand in the
   * file, or one from another system, is not suggested.
   */
  private static String absolutePath(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Path.of(text).isAbsolute() ? text : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The string elements of an array; other elements are skipped. */
  private static List<String> strings(JsonNode node) {
    List<String> result = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode element : node) {
        if (element.isTextual() && !element.textValue().isBlank()) {
          result.add(element.textValue());
        }
      }
    }
    return result;
  }

  /** The string-valued fields of an object, in file order; other fields are skipped. */
  static Map<String, String> settings(JsonNode node) {
    Map<String, String> result = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getValue().isTextual()) {
          result.put(field.getKey(), field.getValue().textValue());
        }
      }
    }
    return result;
  }
}
