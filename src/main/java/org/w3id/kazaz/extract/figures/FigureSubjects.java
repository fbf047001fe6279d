package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * What a figure is about: the organisation or state that is the sentence's subject ("The X Center
 * plans to send ..."), the corridor where the sentence speaks of it or of "the route", the states
 * named in the sentence, and the article's two main states where it says "both countries",
 * "between the countries", "their railways" or "bilateral".
 */
final class FigureSubjects {
  private static final Pattern PAIR =
      Pattern.compile("\\b(?:between\\s+(?:the|our|their)\\s+(?:two\\s+)?(?:countries|states|nations|sides)"
          + "|both\\s+(?:countries|states|nations|sides)|the\\s+two\\s+(?:countries|states|nations)"
          + "|their\\s+(?:railways|countries|ports|trade)|bilateral|mutual\\s+trade|the\\s+sides|the\\s+parties)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ROUTE_CUE =
      Pattern.compile("\\b(?:along|via|on|through)\\s+(?:the|this)\\s+(?:route|corridor)\\b", Pattern.CASE_INSENSITIVE);
  /** A capitalised name at the start of the sentence, before its (lower-case) verb. */
  private static final Pattern LEAD =
      Pattern.compile("^(?:The\\s+)?((?:\\p{Lu}[\\p{L}'’&.-]*)(?:\\s+(?:of|and|in|for|the|on|de|\\p{Lu}[\\p{L}'’&.-]*))*)"
          + "\\s+(?:\\p{Ll}+)");
  private static final Pattern ORG_WORD =
      Pattern.compile("\\b(?:Center|Centre|Company|Agency|Ministry|Fund|Corporation|Railways?|Holding|Bank"
          + "|Service|Authority|Committee|Group|Association|Operator|Chamber|Institute|Port|JSC|LLP)\\b");

  private FigureSubjects() {}

  /**
   * As above; where no cue gives a subject, the one state the sentence names, else the first body
   * or place it names ({@code named}, in text order), else the states of the paragraph before, else
   * the article's two main states: a figure of an article is about something it names.
   */
  static List<EntityRef> of(String sentence, List<Gazetteer.Hit> hits, String previous, List<Gazetteer.Hit> previousHits,
      Gazetteer gazetteer, List<EntityRef> mainStates, EntityRef corridor, EntityRef route, String indicator,
      List<EntityRef> named) {
    Map<String, EntityRef> out = new LinkedHashMap<>();
    List<EntityRef> states = new ArrayList<>();
    EntityRef sentenceCorridor = null;
    for (Gazetteer.Hit h : hits) {
      GazetteerEntry e = h.entry();
      EntityRef ref = EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri());
      if (e.kind() == EntityKind.STATE && states.stream().noneMatch(s -> s.iri().equals(e.iri()))) {
        states.add(ref);
      } else if (e.kind() == EntityKind.CORRIDOR && sentenceCorridor == null) {
        sentenceCorridor = ref;
      }
    }
    EntityRef lead = leadingActor(sentence, gazetteer);
    if (lead != null) {
      put(out, lead);
    }
    if (route != null) {
      put(out, route);
    }
    if (sentenceCorridor != null) {
      put(out, sentenceCorridor);
    } else if (corridor != null && ROUTE_CUE.matcher(sentence).find()) {
      put(out, corridor);
    }
    boolean leadIsOrg = lead != null && lead.kind().isOrganisation();
    if (!leadIsOrg && route == null) {
      if (states.size() >= 2) {
        states.forEach(s -> put(out, s));
      } else if (PAIR.matcher(sentence).find()) {
        mainStates.forEach(s -> put(out, s));
      }
    }
    if (out.isEmpty() && indicator != null) {
      EntityRef earlierCorridor = corridorIn(previousHits);
      if (earlierCorridor != null && indicator.matches(".*(?:time|cargo|distance|length|trains).*")) {
        put(out, earlierCorridor);
      } else if (indicator.matches(".*(?:trade|turnover|cargo|relations|cooperation|partnership|signed).*")) {
        List<EntityRef> prev = statesIn(previousHits);
        (prev.size() >= 2 ? prev : mainStates).forEach(s -> put(out, s));
      }
    }
    if (out.isEmpty() && states.size() == 1) {
      put(out, states.get(0));
    }
    if (out.isEmpty()) {
      named.stream()
          .filter(e -> e.kind().isOrganisation() || e.kind().isPlace() || e.kind() == EntityKind.ROUTE
              || e.kind() == EntityKind.CORRIDOR)
          .findFirst()
          .ifPresent(e -> put(out, e));
    }
    if (out.isEmpty()) {
      List<EntityRef> prev = statesIn(previousHits);
      (prev.isEmpty() ? mainStates : prev).forEach(s -> put(out, s));
    }
    return new ArrayList<>(out.values());
  }

  private static void put(Map<String, EntityRef> out, EntityRef r) {
    out.putIfAbsent(r.iri() != null ? r.iri() : r.kind() + ":" + r.label(), r);
  }

  private static EntityRef corridorIn(List<Gazetteer.Hit> hits) {
    for (Gazetteer.Hit h : hits) {
      GazetteerEntry e = h.entry();
      if (e.kind() == EntityKind.CORRIDOR) {
        return EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri());
      }
    }
    return null;
  }

  private static List<EntityRef> statesIn(List<Gazetteer.Hit> hits) {
    Map<String, EntityRef> out = new LinkedHashMap<>();
    for (Gazetteer.Hit h : hits) {
      GazetteerEntry e = h.entry();
      if (e.kind() == EntityKind.STATE) {
        out.putIfAbsent(e.iri(), EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri()));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** The organisation or state named as the sentence's subject, or null. */
  static EntityRef leadingActor(String sentence, Gazetteer gazetteer) {
    Matcher m = LEAD.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).replaceAll("(?:\\s+(?:of|and|in|for|the|on|de))+$", "");
    var exact = gazetteer.byLabel(name);
    if (exact.isPresent()) {
      GazetteerEntry e = exact.get();
      boolean actor = e.kind() == EntityKind.STATE || e.kind().isOrganisation();
      return actor ? EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri()) : null;
    }
    if (!ORG_WORD.matcher(name).find()) {
      return null;
    }
    // the body as the other extractors name it: "Kazakh Foreign Ministry" is the Ministry of
    // Foreign Affairs of Kazakhstan
    EntityRef body = organisations(gazetteer).resolve(name);
    return body != null && (body.kind().isOrganisation() || body.kind() == EntityKind.STATE) ? body : null;
  }

  /** One reader of bodies' names per gazetteer (its state cues are built once). */
  private static final Map<Gazetteer, org.w3id.kazaz.extract.common.Organisations> ORGANISATIONS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private static org.w3id.kazaz.extract.common.Organisations organisations(Gazetteer gazetteer) {
    return ORGANISATIONS.computeIfAbsent(gazetteer, g -> new org.w3id.kazaz.extract.common.Organisations(g,
        new org.w3id.kazaz.extract.common.StateCues(g)));
  }
}
