package dev.keel.ui.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An arrangement of the workspace: which views are in each area and in what order, which is in
 * front in each, and where the divider between the areas is (the upper area's share of the height).
 * Every view is in exactly one area; an area may be empty, and the other then has the whole height.
 *
 * @param upper the views of the upper area, left to right
 * @param lower the views of the lower area, left to right
 * @param upperFront the view in front in the upper area, or null when it is empty
 * @param lowerFront the view in front in the lower area, or null when it is empty
 * @param divider the upper area's share of the height, between {@value #MIN_SHARE} and {@code 1 -
 *     MIN_SHARE}
 */
public record Arrangement(
    List<ViewId> upper, List<ViewId> lower, ViewId upperFront, ViewId lowerFront, double divider) {

  /** The smallest share of the height an area is given back when the divider is restored. */
  public static final double MIN_SHARE = 0.1;

  /**
   * The arrangement of a first start: the book and its drift above, the proposal below, each with
   * the views a trader turns to beside it.
   */
  public static final Arrangement DEFAULT =
      new Arrangement(
          List.of(ViewId.ALLOCATION, ViewId.DERIVATIVES, ViewId.EXPOSURE, ViewId.RISK),
          List.of(ViewId.PROPOSAL, ViewId.MARGIN, ViewId.STRESS),
          ViewId.ALLOCATION,
          ViewId.PROPOSAL,
          0.55);

  /**
   * Makes the arrangement whole: a view listed twice stays where it is first listed (the upper area
   * first), a view not listed goes back to the end of its area in {@link #DEFAULT}, a front view
   * not in its area gives way to the area's first view, and a divider out of range or not a number
   * is brought back into range.
   */
  public Arrangement {
    Set<ViewId> placed = EnumSet.noneOf(ViewId.class);
    List<ViewId> up = distinct(upper, placed);
    List<ViewId> down = distinct(lower, placed);
    for (ViewId view : ViewId.values()) {
      if (placed.add(view)) {
        (defaultArea(view) == Area.UPPER ? up : down).add(view);
      }
    }
    upper = List.copyOf(up);
    lower = List.copyOf(down);
    upperFront = front(upper, upperFront);
    lowerFront = front(lower, lowerFront);
    divider = Double.isNaN(divider) ? 0.55 : Math.max(MIN_SHARE, Math.min(1 - MIN_SHARE, divider));
  }

  private static List<ViewId> distinct(List<ViewId> views, Set<ViewId> placed) {
    List<ViewId> kept = new ArrayList<>();
    for (ViewId view : views == null ? List.<ViewId>of() : views) {
      if (view != null && placed.add(view)) {
        kept.add(view);
      }
    }
    return kept;
  }

  private static ViewId front(List<ViewId> views, ViewId front) {
    return front != null && views.contains(front) ? front : views.isEmpty() ? null : views.get(0);
  }

  private static Area defaultArea(ViewId view) {
    // DEFAULT itself is being built while its own views are placed: then every view is listed
    return DEFAULT == null || DEFAULT.upper.contains(view) ? Area.UPPER : Area.LOWER;
  }

  /** The views of {@code area}, left to right. */
  public List<ViewId> views(Area area) {
    return area == Area.UPPER ? upper : lower;
  }

  /** The view in front in {@code area}, or null when the area is empty. */
  public ViewId front(Area area) {
    return area == Area.UPPER ? upperFront : lowerFront;
  }

  /** The area holding {@code view}. */
  public Area areaOf(ViewId view) {
    return upper.contains(view) ? Area.UPPER : Area.LOWER;
  }

  /** This arrangement with {@code view} in front of its area. */
  public Arrangement withFront(ViewId view) {
    return areaOf(view) == Area.UPPER
        ? new Arrangement(upper, lower, view, lowerFront, divider)
        : new Arrangement(upper, lower, upperFront, view, divider);
  }

  /** This arrangement with {@code view} moved to the end of the other area, in front there. */
  public Arrangement moved(ViewId view) {
    Area to = areaOf(view).other();
    List<ViewId> up = new ArrayList<>(upper);
    List<ViewId> down = new ArrayList<>(lower);
    up.remove(view);
    down.remove(view);
    (to == Area.UPPER ? up : down).add(view);
    return to == Area.UPPER
        ? new Arrangement(up, down, view, lowerFront, divider)
        : new Arrangement(up, down, upperFront, view, divider);
  }

  /**
   * This arrangement with the views of {@code area} in the order given (as the trader dragged its
   * tabs); views the order leaves out keep their place after it, so a view is never lost.
   */
  public Arrangement reordered(Area area, List<ViewId> order) {
    List<ViewId> views = new ArrayList<>(order.stream().filter(views(area)::contains).toList());
    views(area).stream().filter(view -> !views.contains(view)).forEach(views::add);
    return area == Area.UPPER
        ? new Arrangement(views, lower, upperFront, lowerFront, divider)
        : new Arrangement(upper, views, upperFront, lowerFront, divider);
  }

  /** This arrangement with the divider at {@code share} of the height. */
  public Arrangement withDivider(double share) {
    return new Arrangement(upper, lower, upperFront, lowerFront, share);
  }

  /** The arrangement as text, for the preferences file. */
  public Map<String, String> toText() {
    Map<String, String> text = new LinkedHashMap<>();
    text.put("upper", keys(upper));
    text.put("lower", keys(lower));
    if (upperFront != null) {
      text.put("upperFront", upperFront.key());
    }
    if (lowerFront != null) {
      text.put("lowerFront", lowerFront.key());
    }
    text.put("divider", Double.toString(divider));
    return text;
  }

  /**
   * The arrangement written by {@link #toText()}; what cannot be read (an unknown view, a divider
   * that is not a number) is left to the rules of the constructor, so reading never fails.
   */
  public static Arrangement fromText(Map<String, String> text) {
    if (text == null || text.isEmpty()) {
      return DEFAULT;
    }
    return new Arrangement(
        views(text.get("upper"), DEFAULT.upper),
        views(text.get("lower"), DEFAULT.lower),
        view(text.get("upperFront")),
        view(text.get("lowerFront")),
        number(text.get("divider")));
  }

  private static String keys(List<ViewId> views) {
    return String.join(",", views.stream().map(ViewId::key).toList());
  }

  private static List<ViewId> views(String keys, List<ViewId> fallback) {
    if (keys == null) {
      return fallback;
    }
    return Arrays.stream(keys.split(","))
        .map(key -> ViewId.ofKey(key.trim()).orElse(null))
        .filter(view -> view != null)
        .toList();
  }

  private static ViewId view(String key) {
    return key == null ? null : ViewId.ofKey(key).orElse(null);
  }

  private static double number(String text) {
    try {
      return text == null ? Double.NaN : Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
