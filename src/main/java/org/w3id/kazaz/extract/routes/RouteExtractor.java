package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Names;
import org.w3id.kazaz.extract.figures.Quantities;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Finds the routes an article reports: each known corridor it names (once, with the names it uses),
 * each concrete route written with its stops ({@link ConcreteRoutes}, {@link TravelRoutes}) with its
 * length, travel time and cargo from the same sentence, lines such as a cable across a sea or the
 * transit of one state's oil through another ({@link OtherLines}), and routes of their own name
 * ({@link NamedRoutes}). A route is one record per article however often and however it is written:
 * one per stop list (named with its head noun where one sentence gives it), one per name. Stops the
 * gazetteer does not know are the places CoreNLP reads as locations ({@link StopFinder}).
 */
public final class RouteExtractor {
  private static final Logger log = LoggerFactory.getLogger(RouteExtractor.class);
  private static final Pattern VIA_CORRIDOR =
      Pattern.compile("\\b(?:along|via|on|through)\\s+(?:the|this)\\s+(?:route|corridor)\\b", Pattern.CASE_INSENSITIVE);
  private static final String[][] CARRIES = {
    {"(?i)\\bcontainer", "containers"}, {"(?i)\\boil\\b", "oil"}, {"(?i)\\b(?:grain|wheat)\\b", "grain"},
    {"(?i)\\bpassenger", "passengers"}, {"(?i)\\bgas\\b", "gas"}, {"(?i)\\b(?:cargo|freight|goods)\\b", "cargo"},
  };

  private RouteExtractor() {}

  public static List<RouteRecord> extract(AnnotatedArticle doc, Gazetteer gazetteer) {
    Article article = doc.article();
    List<Span> sentences = doc.spans();
    List<RouteRecord> out = new ArrayList<>(corridors(doc));
    EntityRef articleCorridor = out.isEmpty() ? null : out.get(0).corridor();
    StopFinder stops = StopFinder.of(gazetteer, doc);
    Map<String, RouteRecord> concrete = new LinkedHashMap<>();
    Map<String, RouteRecord> named = new LinkedHashMap<>();
    for (Span s : sentences) {
      for (ConcreteRoutes.Found f : ConcreteRoutes.find(s.text(), doc.hits(s), stops)) {
        RouteRecord r = concrete(s, f, doc, articleCorridor);
        concrete.merge(stopKey(r), r, RouteExtractor::better);
      }
      for (OtherLines.Line l : OtherLines.find(s.text(), doc.hits(s), gazetteer)) {
        RouteRecord r = new RouteRecord(null, l.name(), List.of(l.written()), l.stops(), null, null, l.carries(), s);
        concrete.merge(r.name(), r, RouteExtractor::merge);
      }
      for (NamedRoutes.Name n : NamedRoutes.find(s.text(), article.text(), stops)) {
        RouteRecord r = new RouteRecord(null, n.name(), List.of(), List.of(), null, null, null, s);
        named.merge(Names.normalise(n.name()), r, RouteExtractor::merge);
      }
    }
    out.addAll(concrete.values());
    out.addAll(named.values());
    log.debug("{}: {} routes", article.fileName(), out.size());
    return out;
  }

  /** A route with stops is one route per article whatever it is called: its stops, in order, and whether it flies. */
  private static String stopKey(RouteRecord r) {
    StringBuilder key = new StringBuilder(r.flies() ? "air" : "");
    for (EntityRef e : r.stops()) {
      key.append('|').append(e.isKnown() ? e.iri() : Names.normalise(e.label()));
    }
    return key.toString();
  }

  /** Of two records of one route, the one named with a head noun ("... pipeline"), with the names of both. */
  private static RouteRecord better(RouteRecord a, RouteRecord b) {
    boolean swap = b.name().length() > a.name().length() && b.name().startsWith(a.name());
    RouteRecord first = swap ? b : a;
    RouteRecord second = swap ? a : b;
    List<String> aliases = new ArrayList<>(second.aliases());
    aliases.add(second.name());
    RouteRecord withName = new RouteRecord(second.corridor(), second.name(), aliases, second.stops(),
        second.lengthKm(), second.durationDays(), second.carries(), second.evidence());
    return merge(first, withName);
  }

  /** One record per corridor named, its aliases the other names the article writes for it. */
  private static List<RouteRecord> corridors(AnnotatedArticle doc) {
    Map<String, RouteRecord> byIri = new LinkedHashMap<>();
    for (Span s : doc.spans()) {
      for (Gazetteer.Hit h : doc.hits(s)) {
        GazetteerEntry e = h.entry();
        if (e.kind() != EntityKind.CORRIDOR) {
          continue;
        }
        EntityRef ref = EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri());
        List<String> aliases = h.text().equals(e.prefLabel()) ? List.of() : List.of(h.text());
        byIri.merge(e.iri(), new RouteRecord(ref, e.prefLabel(), aliases, List.of(), null, null, null, s),
            RouteExtractor::merge);
      }
    }
    return new ArrayList<>(byIri.values());
  }

  private static RouteRecord concrete(Span s, ConcreteRoutes.Found f, AnnotatedArticle doc, EntityRef articleCorridor) {
    String sentence = s.text();
    EntityRef corridor = null;
    for (Gazetteer.Hit h : doc.hits(s)) {
      if (h.entry().kind() == EntityKind.CORRIDOR) {
        GazetteerEntry e = h.entry();
        corridor = EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri());
        break;
      }
    }
    if (corridor == null && VIA_CORRIDOR.matcher(sentence).find()) {
      corridor = articleCorridor;
    }
    Double km = null;
    Double days = null;
    for (Quantities.Amount a : Quantities.findAll(sentence)) {
      if ("km".equals(a.unit()) && km == null) {
        km = a.value().doubleValue();
      } else if ("days".equals(a.unit()) && days == null) {
        days = a.value().doubleValue();
      } else if ("hours".equals(a.unit()) && days == null) {
        days = a.value().divide(BigDecimal.valueOf(24), java.math.MathContext.DECIMAL64).doubleValue();
      }
    }
    String carries = null;
    if (RouteWords.AIR.matcher(sentence).find() || f.head() != null && RouteWords.AIR.matcher(f.head()).find()) {
      carries = "passengers";
    }
    for (String[] c : CARRIES) {
      if (carries != null) {
        break;
      }
      if (Pattern.compile(c[0]).matcher(sentence).find()) {
        carries = c[1];
        break;
      }
    }
    String name = f.fullName();
    List<String> aliases = new ArrayList<>();
    if (!f.written().equals(name)) {
      aliases.add(f.written());
    }
    if (f.acronym() != null) {
      aliases.add(f.acronym());
    }
    return new RouteRecord(corridor, name, aliases, f.stops(), km, days, carries, s);
  }

  /** The first record, with the aliases of both and the measures the first lacks. */
  static RouteRecord merge(RouteRecord a, RouteRecord b) {
    Set<String> aliases = new LinkedHashSet<>(a.aliases());
    aliases.addAll(b.aliases());
    aliases.remove(a.name());
    return new RouteRecord(
        a.corridor() != null ? a.corridor() : b.corridor(), a.name(), new ArrayList<>(aliases), a.stops(),
        a.lengthKm() != null ? a.lengthKm() : b.lengthKm(),
        a.durationDays() != null ? a.durationDays() : b.durationDays(),
        a.carries() != null ? a.carries() : b.carries(), a.evidence());
  }
}
