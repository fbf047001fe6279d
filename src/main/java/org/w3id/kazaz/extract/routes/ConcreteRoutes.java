package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.extract.common.EntityRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * Concrete routes written in one sentence with their stops in order: a dash list ("Kuryk port –
 * Alat port – Poti port"), a hyphened name ("the A-B-C (ABC) pipeline", "the A-B, A-C and A-D
 * routes"), or "from A through B to C" / "from A to B via C" / "from A to B and to C" in a sentence
 * about trains, flights, shipments or cables ({@link TravelRoutes}). A head noun after the stops
 * ("pipeline", "railway", "direction") names the route with them; every stop must be a place
 * ({@link StopFinder}), otherwise the words are no route.
 */
public final class ConcreteRoutes {
  /**
   * One route found: its stops, the words that wrote it, and the head noun that named it.
   *
   * @param head the modifiers and head noun after the stops ("container train route"), or null
   * @param acronym the acronym written with it ("BTC"), or null
   */
  public record Found(List<EntityRef> stops, String written, int start, int end, String head, String acronym) {
    public Found(List<EntityRef> stops, String written, int start, int end) {
      this(stops, written, start, end, null, null);
    }

    /** The stops joined by " – ". */
    String name() {
      return stops.stream().map(EntityRef::label).collect(Collectors.joining(" – "));
    }

    /** The stops joined, then the head noun: "Baku – Tbilisi – Kars railway". */
    String fullName() {
      return head == null ? name() : name() + " " + head;
    }

    public EntityRef asEntity() {
      return EntityRef.found(EntityKind.ROUTE, name(), null);
    }
  }

  static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:/\\p{Lu}[\\p{L}\\p{M}'’-]*)?";
  static final String STOP =
      WORD + "(?:\\s+(?:" + WORD + "|" + StopFinder.KEYWORD + "|dry|in|of)){0,8}"; // bounded: a stop's name is short
  private static final String SPACED = "\\s*[–—]\\s*|\\s+-\\s+";
  private static final Pattern CHAIN =
      Pattern.compile("(?<![\\p{L}’'-])" + STOP + "(?:(?:" + SPACED + ")" + STOP + "){0,20}");
  private static final Pattern SEP = Pattern.compile(SPACED);
  private static final Pattern HEAD_AFTER = Pattern.compile(
      "^\\s*(?:\\((?<acr>\\p{Lu}[\\p{Lu}\\p{N}]{1,7})\\)\\s*)?(?<head>(?:(?:" + RouteWords.MODIFIER + ")\\s+){0,3}(?:"
          + RouteWords.HEAD + "))\\b(?!-)");
  private static final Pattern HEAD_INSIDE = Pattern.compile(
      "^(?<stop>.+?)\\s+(?<head>(?:(?:" + RouteWords.MODIFIER + ")\\s+){0,3}(?:" + RouteWords.HEAD + "))$");
  private static final Pattern HEAD_BEFORE =
      Pattern.compile("\\b(?<head>" + RouteWords.HEAD + ")(?:,|:)\\s*(?:the\\s+)?$");
  private static final Pattern LISTED = Pattern.compile("^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?$");
  private static final Pattern LEADING = Pattern.compile("^" + RouteWords.NOTSTOP + "\\s+");
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})*$");

  private ConcreteRoutes() {}

  /**
   * The routes of {@code sentence}, its stops known to the gazetteer or named ports and stations;
   * {@code hits} are the annotated article's gazetteer matches in it, offsets relative to it.
   */
  public static List<Found> find(String sentence, List<Gazetteer.Hit> hits, Gazetteer gazetteer) {
    return find(sentence, hits, StopFinder.of(gazetteer));
  }

  /** The routes of {@code sentence}, its stops found by {@code stops}. */
  static List<Found> find(String sentence, List<Gazetteer.Hit> hits, StopFinder stops) {
    List<Found> out = new ArrayList<>(chains(sentence, hits, stops));
    out.addAll(TravelRoutes.find(sentence, hits, stops, out));
    return out;
  }

  private record Candidate(int start, int end, List<String> parts, boolean spaced, String innerHead) {}

  private static List<Found> chains(String sentence, List<Gazetteer.Hit> hits, StopFinder stops) {
    List<Candidate> cands = new ArrayList<>();
    List<Gazetteer.Hit> corridors = hits.stream()
        .filter(h -> h.entry().kind() == EntityKind.CORRIDOR).toList();
    Matcher m = CHAIN.matcher(sentence);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (corridors.stream().anyMatch(h -> h.start() < e && s < h.end())) {
        continue; // "Trans-Caspian ..." names a known corridor, not its stops
      }
      Candidate c = candidate(m.group(), m.start(), m.end(), stops);
      if (c != null) {
        cands.add(c);
      }
    }
    boolean cue = RouteWords.CUE.matcher(sentence).find();
    List<Found> out = new ArrayList<>();
    String[] heads = new String[cands.size()];
    String[] acrs = new String[cands.size()];
    boolean[] direct = new boolean[cands.size()];
    for (int i = cands.size() - 1; i >= 0; i--) { // a head after a list of stop lists names each
      Candidate c = cands.get(i);
      Matcher h = HEAD_AFTER.matcher(sentence.substring(c.end()));
      if (c.innerHead() != null) {
        heads[i] = c.innerHead();
      } else if (h.find()) {
        heads[i] = h.group("head");
        acrs[i] = h.group("acr");
        direct[i] = true;
      } else if (i + 1 < cands.size() && LISTED.matcher(sentence.substring(c.end(), cands.get(i + 1).start())).find()) {
        heads[i] = heads[i + 1];
      }
    }
    for (int i = 0; i < cands.size(); i++) { // and so does a head before it: "two pipelines, A-B and A-C"
      Matcher b = HEAD_BEFORE.matcher(sentence.substring(0, cands.get(i).start()));
      if (heads[i] == null && b.find()) {
        heads[i] = b.group("head");
      } else if (heads[i] == null && i > 0 && heads[i - 1] != null
          && LISTED.matcher(sentence.substring(cands.get(i - 1).end(), cands.get(i).start())).find()) {
        heads[i] = heads[i - 1];
      }
    }
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      Found f = accept(sentence, c, heads[i], acrs[i], direct[i], cue, stops);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** The parts of a dash list or hyphened name, or null where there are fewer than two. */
  private static Candidate candidate(String text, int start, int end, StopFinder stops) {
    Matcher lead = LEADING.matcher(text);
    if (lead.find()) { // "The A-B-C corridor": the article is no part of the first stop
      text = text.substring(lead.end());
      start += lead.end();
    }
    List<String> parts = new ArrayList<>();
    String[] spacedParts = SEP.split(text);
    boolean spaced = spacedParts.length > 1;
    String innerHead = null;
    for (int i = 0; i < spacedParts.length; i++) {
      String part = spacedParts[i];
      if (i == spacedParts.length - 1) { // "A-B Green Energy Corridor": the head is written capitalised
        Matcher h = HEAD_INSIDE.matcher(part);
        if (h.matches() && !stops.isWholePlace(part)) {
          part = h.group("stop");
          innerHead = h.group("head");
        }
      }
      if (part.contains("-") && !stops.isWholePlace(part)) {
        for (String p : part.split("-")) {
          parts.add(p);
        }
      } else {
        parts.add(part);
      }
    }
    if (parts.size() < 2) {
      return null;
    }
    int cut = innerHead == null ? end : start + text.lastIndexOf(innerHead);
    return new Candidate(start, cut, parts, spaced, innerHead);
  }

  private static Found accept(String sentence, Candidate c, String head, String acronym, boolean direct,
      boolean cue, StopFinder stops) {
    if (c.start() <= 1 && DATELINE.matcher(c.parts().get(0).strip()).matches()) {
      return null; // "ASTANA – The ministers met": a dateline
    }
    if (head == null && RouteWords.NOTHEAD.matcher(sentence.substring(c.end())).find()) {
      return null; // "the A – B transit times"
    }
    List<EntityRef> strict = new ArrayList<>();
    for (String p : c.parts()) {
      strict.add(stops.resolve(p, false));
    }
    long resolved = strict.stream().filter(s -> s != null).count();
    List<EntityRef> list = new ArrayList<>();
    for (int i = 0; i < strict.size(); i++) {
      EntityRef s = strict.get(i);
      long others = resolved - (s != null ? 1 : 0);
      if (s == null && (head != null && others >= 1 || others >= 2)) {
        s = stops.resolve(c.parts().get(i), true);
      }
      list.add(s);
    }
    if (!(head != null && !list.contains(null) && !head.matches("(?i).*\\b(?:directions?|services?)$")
        ? list.size() >= 2 : acceptable(list))) {
      return null; // with a head, "the Kazakhstan-Azerbaijan green energy corridor" is a route between two states
    }
    if (head == null && list.stream().allMatch(s -> s.kind() == EntityKind.STATE)) {
      return null; // "the Azerbaijan – Kazakhstan – Uzbekistan ministers": states in a row are a route only if named one
    }
    boolean states = list.stream().anyMatch(s -> s.kind() == EntityKind.STATE || s.kind() == EntityKind.REGION
        || s.kind() == EntityKind.SEA);
    if (!c.spaced() && head == null && (!cue || states)) {
      return null; // "Kazakhstan-Azerbaijan" is a pair of states, not a route
    }
    String written = sentence.substring(c.start(), c.end()).strip();
    String name = head == null ? null : singular(head);
    if (direct) { // the words as written run on to the head right after the stops
      written = written + (acronym != null ? " (" + acronym + ")" : "") + " " + head;
    }
    return new Found(list, written, c.start(), c.end(), name, acronym);
  }

  /** "routes" -> "route", "flights" -> "flight": one route of several a head names. */
  private static String singular(String head) {
    String h = head.replaceAll("\\s+", " ");
    if (h.toLowerCase(Locale.ROOT).endsWith("ies")) {
      return h.substring(0, h.length() - 3) + "y";
    }
    return h.endsWith("s") && !h.endsWith("ss") ? h.substring(0, h.length() - 1) : h;
  }

  /** Two stops or more, each resolved, not all of them states unless there are three or more. */
  static boolean acceptable(List<EntityRef> stops) {
    if (stops.size() < 2 || stops.contains(null)) {
      return false;
    }
    boolean allStates = stops.stream().allMatch(s -> s.kind() == EntityKind.STATE);
    return !allStates || stops.size() >= 3;
  }

  /** The place a stop phrase names, or null when it names none. */
  static EntityRef resolve(String phrase, Gazetteer gazetteer) {
    return StopFinder.of(gazetteer).resolve(phrase, false);
  }
}
