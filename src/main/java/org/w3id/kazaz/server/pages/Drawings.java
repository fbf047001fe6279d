package org.w3id.kazaz.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The geometry of the pages' drawings, made on the server and drawn by the SVG of the templates
 * ({@code route.mustache}, {@code chart.mustache}): only numbers and texts here, no markup.
 */
public final class Drawings {
  /** A stop at {@code x}, with its number in the route and its place. */
  public record Stop(int x, String index, Value place) {}

  public record Segment(int x1, int x2) {}

  public record Route(int width, List<Stop> stops, List<Segment> segments) {}

  /** A point of a series: where it is drawn, what it says and the sentence it came from. */
  public record Point(int x, int y, String date, String value, String href, String sentence, boolean current) {}

  public record Line(int x1, int y1, int x2, int y2) {}

  public record Chart(int width, int height, int baseline, String unit, String max, List<Point> points,
      List<Line> lines) {}

  static final int STOP_GAP = 170;
  /** Room on each side of the line for the first and last stops' names. */
  static final int ROUTE_MARGIN = 110;
  static final int CHART_WIDTH = 640;
  static final int CHART_HEIGHT = 260;
  static final int MARGIN = 50;

  private Drawings() {}

  /** The stops in the order of the rows (by their index), evenly spaced on one line. */
  static Route route(List<Map<String, RDFNode>> rows, Links links) {
    List<Stop> stops = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, RDFNode> r = rows.get(i);
      int x = ROUTE_MARGIN + i * STOP_GAP;
      stops.add(new Stop(x, r.get("index").asLiteral().getLexicalForm(), Value.of(r.get("place"), r.get("label"), links)));
      if (i > 0) {
        segments.add(new Segment(x - STOP_GAP, x));
      }
    }
    return stops.isEmpty() ? null : new Route(2 * ROUTE_MARGIN + Math.max(0, rows.size() - 1) * STOP_GAP, stops, segments);
  }

  /** The series in date order, from zero to its largest value; the node's own point marked. */
  static Chart chart(List<Map<String, RDFNode>> rows, String current, Links links) {
    if (rows.isEmpty()) {
      return null;
    }
    double max = 0;
    for (Map<String, RDFNode> r : rows) {
      max = Math.max(max, r.get("value").asLiteral().getDouble());
    }
    if (max <= 0) {
      max = 1;
    }
    int n = rows.size();
    int plotW = CHART_WIDTH - 2 * MARGIN;
    int plotH = CHART_HEIGHT - 2 * MARGIN;
    List<Point> points = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, RDFNode> r = rows.get(i);
      double v = r.get("value").asLiteral().getDouble();
      int x = MARGIN + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
      int y = CHART_HEIGHT - MARGIN - (int) Math.round(v / max * plotH);
      String figure = r.get("figure").asResource().getURI();
      RDFNode s = r.get("sentence");
      points.add(new Point(x, y, r.get("date").asLiteral().getLexicalForm(), number(v),
          links.href(figure), s == null ? "" : s.asLiteral().getLexicalForm(), figure.equals(current)));
      if (i > 0) {
        Point p = points.get(i - 1);
        lines.add(new Line(p.x(), p.y(), x, y));
      }
    }
    return new Chart(CHART_WIDTH, CHART_HEIGHT, CHART_HEIGHT - MARGIN,
        rows.get(0).get("unit").asLiteral().getLexicalForm(), number(max), points, lines);
  }

  /** 500000000 as "500,000,000"; 2.5 as "2.5". */
  static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.2f", v);
  }
}
