package dev.keel.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Where each value of a parsed document starts, kept compactly: for each list, one packed line and
 * column per element; for each object, one for each member's key and one for its value. A path is
 * found by walking the tree, so no text is kept per value (a 200,000-position book would otherwise
 * hold millions of path strings).
 */
final class Locations {
  /** Objects with more members than this get a name index on their first look-up. */
  private static final int SCAN_LIMIT = 16;

  private final Map<JsonNode, long[]> children = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, Integer>> indexes = new IdentityHashMap<>();
  private long root = of(1, 1);

  /** A line and column packed into one number. */
  static long of(JsonLocation at) {
    return of(at.getLineNr(), at.getColumnNr());
  }

  private static long of(int line, int column) {
    return ((long) Math.max(1, line) << 32) | (Math.max(1, column) & 0xffffffffL);
  }

  /** A packed location as {line, column}. */
  static int[] lineAndColumn(long packed) {
    return new int[] {(int) (packed >>> 32), (int) packed};
  }

  void root(long location) {
    root = location;
  }

  /** Records the locations of a container's children, as built by a {@link Builder}. */
  void children(JsonNode container, long[] locations) {
    children.put(container, locations);
  }

  /**
   * The location at {@code path} below {@code top}: of the member's key when {@code key} and the
   * path ends at an object member, else of the value; the nearest enclosing value's when the path
   * does not exist. A key with '/' in it is found as well.
   */
  long find(JsonNode top, String path, boolean key) {
    long found = root;
    if (path.isEmpty()) {
      return found;
    }
    String[] segments = path.split("/", -1);
    JsonNode node = top;
    int i = 0;
    while (i < segments.length) {
      long[] locations = children.get(node);
      if (locations == null) {
        return found;
      }
      if (node instanceof ArrayNode array) {
        int index = index(segments[i]);
        if (index < 0 || index >= array.size()) {
          return found;
        }
        found = locations[index];
        node = array.get(index);
        i++;
      } else if (node instanceof ObjectNode object) {
        String name = segments[i];
        int index = indexOf(object, name);
        int last = i;
        while (index < 0 && last + 1 < segments.length) {
          last++;
          name = name + "/" + segments[last];
          index = indexOf(object, name);
        }
        if (index < 0) {
          return found;
        }
        i = last + 1;
        if (i == segments.length && key) {
          return locations[2 * index];
        }
        found = locations[2 * index + 1];
        node = object.get(name);
      } else {
        return found;
      }
    }
    return found;
  }

  private static int index(String segment) {
    if (segment.isEmpty()
        || segment.length() > 9
        || !segment.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(segment);
  }

  private int indexOf(ObjectNode object, String name) {
    if (!object.has(name)) {
      return -1;
    }
    if (object.size() > SCAN_LIMIT) {
      return indexes.computeIfAbsent(object, Locations::nameIndex).get(name);
    }
    int index = 0;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); index++) {
      if (names.next().equals(name)) {
        return index;
      }
    }
    return -1;
  }

  private static Map<String, Integer> nameIndex(JsonNode object) {
    Map<String, Integer> index = new HashMap<>();
    Iterator<String> names = object.fieldNames();
    for (int i = 0; names.hasNext(); i++) {
      index.put(names.next(), i);
    }
    return index;
  }

  /** The locations of one container's children, gathered as they are read. */
  static final class Builder {
    private final boolean keys;
    private long[] locations = new long[8];
    private int used;

    /**
     * @param keys whether each child has a key location before its value's (an object)
     */
    Builder(boolean keys) {
      this.keys = keys;
    }

    /** How many children so far. */
    int size() {
      return keys ? used / 2 : used;
    }

    void add(long keyAt, long valueAt) {
      if (used + 2 > locations.length) {
        locations = Arrays.copyOf(locations, locations.length * 2);
      }
      if (keys) {
        locations[used++] = keyAt;
      }
      locations[used++] = valueAt;
    }

    long[] build() {
      return Arrays.copyOf(locations, used);
    }
  }
}
